package dev.handbook.robust;

import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.MarkdownFacade;
import dev.handbook.markdown.RenderHints;
import java.util.Map;

/** The handbook's Markdown pipeline on its own: parse (blocks, questions, lints) and render one body. */
final class Markdown {
  private static final MarkdownFacade FACADE = new MarkdownFacade();

  private Markdown() {}

  static Document parse(String body, Diagnostics diagnostics) {
    return FACADE.parse(body, new DocumentContext("page.md", 0, "en", diagnostics));
  }

  static String render(Document document, boolean rtl) {
    return FACADE.render(document, new RenderHints(rtl ? "fa" : "en", rtl, Map.of(), Map.of(), "",
        s -> s, s -> s, ""));
  }

  /** Parses and renders {@code body} as an English page, with links left as written. */
  static String render(String body) {
    return render(parse(body, new Diagnostics()), false);
  }
}
