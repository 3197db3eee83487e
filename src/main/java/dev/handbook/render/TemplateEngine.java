package dev.handbook.render;

import dev.handbook.content.PathDisplay;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pebble with autoescaping on and strict variables, templates compiled once and shared by all threads.
 * A template error becomes a diagnostic naming the template file and line.
 */
public final class TemplateEngine {
  private final PebbleEngine engine;
  private final Path templatesDir;
  private final PathDisplay display;
  private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
  private final Map<String, Integer> longest = new ConcurrentHashMap<>();

  public TemplateEngine(Path templatesDir, PathDisplay display) {
    this.templatesDir = templatesDir.toAbsolutePath().normalize();
    this.display = display;
    FileLoader loader = new FileLoader();
    loader.setPrefix(this.templatesDir.toString());
    loader.setSuffix(".peb");
    loader.setCharset("UTF-8");
    this.engine = new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .strictVariables(true)
        .newLineTrimming(true)
        .defaultLocale(Locale.ROOT)
        .extension(new HandbookPebbleExtension())
        .addEscapingStrategy("html", new HtmlEscaping())
        .build();
  }

  /** Compiles every named template now, so that a syntax error stops the build before any page. */
  public void precompile(String... names) {
    for (String name : names) {
      template(name);
    }
  }

  public String render(String name, Map<String, Object> context) {
    // Sized like the longest page of this template so far: a page of tens of megabytes (print) is then not
    // copied again and again as its buffer doubles, and thousands of chapters of varying length grow no buffer.
    PageWriter out = new PageWriter(longest.getOrDefault(name, 16 * 1024) + 1024);
    try {
      template(name).evaluate(out, context, Locale.ROOT);
    } catch (PebbleException e) {
      throw toContentError(name, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    longest.merge(name, out.length(), Math::max);
    return out.toString();
  }

  private PebbleTemplate template(String name) {
    return compiled.computeIfAbsent(name, n -> {
      try {
        return engine.getTemplate(n);
      } catch (PebbleException e) {
        throw toContentError(n, e);
      }
    });
  }

  /** A template that renders but lacks what its page needs, reported at the template's file. */
  public ContentException templateError(String name, String message, String hint) {
    return new ContentException(Diagnostic.error("template", display.of(templatesDir.resolve(name + ".peb")), 1, 1,
        "template error: " + message, hint));
  }

  private ContentException toContentError(String name, PebbleException e) {
    String file = e.getFileName() != null ? e.getFileName() : name;
    Path path = Path.of(file);
    if (!path.isAbsolute()) {
      path = templatesDir.resolve(file.endsWith(".peb") ? file : file + ".peb");
    }
    int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
    String message = e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
    return new ContentException(Diagnostic.error("template", display.of(path), line, 1,
        "template error: " + message.strip(), "fix the template; Pebble syntax: {{ value }}, {% tag %}"));
  }
}
