package dev.handbook.markdown.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Severity;
import dev.handbook.markdown.DocumentContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extension on its own: raw HTML cleaned at render time, removals reported with file:line:col. */
class SafeHtmlExtensionTest {
  private static final Parser PARSER;
  private static final HtmlRenderer RENDERER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(SafeHtmlExtension.create()));
    PARSER = Parser.builder(options).build();
    RENDERER = HtmlRenderer.builder(options).build();
  }

  private static List<Diagnostic> render(String md, StringBuilder html) {
    Diagnostics sink = new Diagnostics();
    Document doc = PARSER.parse(md);
    doc.set(DocumentContext.KEY, new DocumentContext("content/en/page.md", 5, "en", sink));
    html.append(RENDERER.render(doc));
    return sink.sorted(false);
  }

  @Test
  void blockRemovalsAreWarningsAtTheirFileLine() {
    StringBuilder html = new StringBuilder();
    List<Diagnostic> ds = render("# Title\n\n<div>\n  <p>ok</p>\n  <script>alert(1)</script>\n</div>\n", html);
    assertFalse(html.toString().contains("script"), html.toString());
    assertTrue(html.toString().contains("<p>ok</p>"), html.toString());
    assertEquals(1, ds.size());
    Diagnostic d = ds.get(0);
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("html-removed", d.code());
    assertEquals("content/en/page.md", d.path());
    assertEquals(5 + 5, d.line());
    assertEquals(3, d.column());
    assertEquals("removed <script> from raw HTML", d.message());
    assertEquals("raw HTML is limited to a safe allow-list; use Markdown instead", d.hint());
  }

  @Test
  void inlineTagsAreCleanedOneByOne() {
    StringBuilder html = new StringBuilder();
    List<Diagnostic> ds = render("a\n\nSee <a href=\"javascript:alert(1)\" title=\"t\">this</a> and <kbd>K</kbd>.\n", html);
    assertEquals("<p>a</p>\n<p>See <a title=\"t\">this</a> and <kbd>K</kbd>.</p>\n", html.toString());
    assertEquals(1, ds.size());
    assertEquals(3 + 5, ds.get(0).line());
    assertEquals(5, ds.get(0).column());
  }

  @Test
  void commentsAreDroppedWithoutWarning() {
    StringBuilder html = new StringBuilder();
    List<Diagnostic> ds = render("<!-- block comment -->\n\ntext <!-- inline --> more\n", html);
    assertEquals("<p>text  more</p>\n", html.toString());
    assertTrue(ds.isEmpty());
  }

  @Test
  void breakLinesAreSeparatorsEvenWithoutBlankLineAfter() {
    StringBuilder html = new StringBuilder();
    render("<div class=\"break-line\"></div>\n## Next\n<div class=\"break-line section\"></div>\ntext\n", html);
    assertEquals("<hr class=\"break-line\" />\n<h2>Next</h2>\n<hr class=\"break-line section\" />\n<p>text</p>\n",
        html.toString());
  }

  @Test
  void crlfSourceRendersWithLf() {
    StringBuilder html = new StringBuilder();
    List<Diagnostic> ds = render("<div>\r\n<b onclick=\"x\">b</b>\r\n</div>\r\n", html);
    assertEquals("<div>\n<b>b</b>\n</div>\n", html.toString());
    assertEquals(2 + 5, ds.get(0).line());
  }
}
