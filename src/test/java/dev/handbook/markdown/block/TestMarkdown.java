package dev.handbook.markdown.block;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.html.SafeHtmlExtension;
import java.util.ArrayList;
import java.util.List;

/** One shared parser and renderer with the block and safe-HTML extensions, as the pipeline would build them. */
public final class TestMarkdown {
  public static final Parser PARSER;
  public static final HtmlRenderer RENDERER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(BlockExtension.create(), SafeHtmlExtension.create()));
    PARSER = Parser.builder(options).build();
    RENDERER = HtmlRenderer.builder(options).build();
  }

  private TestMarkdown() {}

  /** What one document turned into. */
  public record Result(Document doc, String html, List<Diagnostic> diagnostics) {}

  public static Document parse(String markdown, String path, Diagnostics diagnostics) {
    Document doc = PARSER.parse(markdown);
    doc.set(DocumentContext.KEY, new DocumentContext(path, 0, "en", diagnostics));
    return doc;
  }

  /** Parses, lints the blocks and renders; diagnostics are block lints then render-time reports. */
  public static Result run(String markdown) {
    Diagnostics sink = new Diagnostics();
    Document doc = parse(markdown, "spec.md", sink);
    List<Diagnostic> all = new ArrayList<>(BlockLint.lint(doc));
    String html = RENDERER.render(doc);
    all.addAll(sink.sorted(false));
    return new Result(doc, html, all);
  }
}
