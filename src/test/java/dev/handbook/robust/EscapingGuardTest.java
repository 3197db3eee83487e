package dev.handbook.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards on the two places where text becomes markup outside the Markdown renderer: the Pebble templates keep
 * autoescaping on and print raw HTML only for bodies that went through the sanitizer, and the browser scripts
 * build search results as elements and text, never by parsing strings as HTML.
 */
class EscapingGuardTest {
  /** Template values printed unescaped: each is a page body rendered from Markdown and sanitized. */
  private static final Set<String> RAW_ALLOWED = Set.of("view.body", "chapter.body");
  private static final Pattern RAW = Pattern.compile("\\{\\{\\s*([^|}]+?)\\s*\\|\\s*raw\\s*}}");
  private static final Pattern TAG = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
  private static final Pattern RAW_WORD = Pattern.compile("\\braw\\b");
  private static final Pattern HTML_SINKS = Pattern.compile(
      "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment|DOMParser|\\beval\\(|"
          + "new Function\\(|srcdoc");

  @Test
  void templatesPrintRawHtmlOnlyForSanitizedBodies() throws IOException {
    List<String> raw = new ArrayList<>();
    for (Path template : files(Fixtures.templates(), ".peb")) {
      String text = Files.readString(template);
      assertTrue(!text.contains("autoescape false") && !text.contains("autoescape \"false\""),
          template + " turns autoescaping off");
      Matcher tag = TAG.matcher(text);
      while (tag.find()) {
        Matcher word = RAW_WORD.matcher(tag.group());
        while (word.find()) {
          Matcher m = RAW.matcher(tag.group());
          assertTrue(m.matches(), template + ": raw outside '{{ value | raw }}': " + tag.group());
          raw.add(m.group(1));
        }
      }
    }
    assertTrue(RAW_ALLOWED.containsAll(raw), "unescaped values: " + raw);
  }

  @Test
  void browserScriptsNeverParseStringsAsHtml() throws IOException {
    for (Path script : files(Fixtures.templates().resolve("assets"), ".js")) {
      Matcher sink = HTML_SINKS.matcher(Files.readString(script).replaceAll("(?m)^\\s*(//|\\*).*$", ""));
      assertTrue(!sink.find(), () -> script + " uses " + sink.group());
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
