package dev.handbook.markdown.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Severity;
import dev.handbook.markdown.DocumentContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BlockNodeTest {
  @Test
  void nodeExposesTheHeader() {
    Document doc = TestMarkdown.parse("""
        intro

        //// Details | The *question*?
            open: true
            attrs: {class: wide}
        Body **text**.
        ////
        """, "en/a.md", new Diagnostics());
    BlockNode b = PersianSeedTest.blocks(doc).get(0);
    assertEquals("details", b.name());
    assertEquals("The *question*?", b.argument());
    assertEquals(4, b.fenceLength());
    assertTrue(b.isClosed());
    assertTrue(b.isKnown());
    assertEquals(2, b.getStartLineNumber());
    assertEquals(Map.of("open", true, "attrs", Map.of("class", "wide")), b.options());
    assertThrows(UnsupportedOperationException.class, () -> b.options().put("x", 1));
    @SuppressWarnings("unchecked")
    Map<String, Object> attrs = (Map<String, Object>) b.options().get("attrs");
    assertThrows(UnsupportedOperationException.class, () -> attrs.put("id", "x"));
    assertEquals(List.of("wide"), b.blockOptions().classes());
    assertInstanceOf(BlockTitle.class, b.getFirstChild());
    assertEquals("The *question*?", b.title().getChars().toString());
    List<?> body = b.bodyChildren();
    assertEquals(1, body.size());
    assertInstanceOf(Paragraph.class, body.get(0));
    assertTrue(b.getChars().toString().startsWith("//// Details"));
    assertTrue(b.getChars().toString().endsWith("////"));
  }

  @Test
  void blockWithoutArgumentHasNoTitle() {
    Document doc = TestMarkdown.parse("/// qbox\nx\n///\n", "a.md", new Diagnostics());
    BlockNode b = PersianSeedTest.blocks(doc).get(0);
    assertEquals("", b.argument());
    assertNull(b.title());
    assertInstanceOf(Paragraph.class, b.getFirstChild());
  }

  @Test
  void lintUsesTheFileLineAfterFrontMatterAndTheColumnOfTheFence() {
    Diagnostics sink = new Diagnostics();
    Document doc = TestMarkdown.PARSER.parse("text\n\n  /// qbox | Why?\n  body\n");
    doc.set(DocumentContext.KEY, new DocumentContext("content/en/q.md", 4, "en", sink));
    List<Diagnostic> ds = BlockLint.lint(doc);
    assertEquals(1, ds.size());
    Diagnostic d = ds.get(0);
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("block-unclosed", d.code());
    assertEquals("content/en/q.md", d.path());
    assertEquals(3 + 4, d.line());
    assertEquals(3, d.column());
    assertEquals("block 'qbox' opened here is never closed, so line 8 is its body", d.message());
    assertEquals("add a line '///' where its body ends", d.hint());
  }

  @Test
  void unknownNameWarning() {
    Document doc = TestMarkdown.parse("/// Foo\n///\n", "a.md", new Diagnostics());
    List<Diagnostic> ds = BlockLint.lint(doc);
    assertEquals(1, ds.size());
    assertEquals("block-unknown", ds.get(0).code());
    assertEquals("unknown block name 'foo'", ds.get(0).message());
    assertTrue(ds.get(0).hint().contains("qbox"));
    BlockNode b = PersianSeedTest.blocks(doc).get(0);
    assertFalse(b.isKnown());
    assertEquals("foo", b.name());
  }

  @Test
  void sharedParserAndRendererAreSafeInParallel() throws Exception {
    String spec = BlockSpecTest.read(BlockSpecTest.RESOURCE);
    List<SpecFile.Example> examples = SpecFile.parse(spec);
    List<String> sequential = examples.stream().map(e -> TestMarkdown.run(e.markdown()).html()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<String>> futures = examples.stream()
            .map(e -> pool.submit(() -> TestMarkdown.run(e.markdown()).html())).toList();
        for (int i = 0; i < futures.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aliasBombInOptionsIsRefusedQuickly() {
    String md = """
        /// note
            a: &a [x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        Body
        ///
        """;
    TestMarkdown.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(5), () -> TestMarkdown.run(md));
    BlockNode b = PersianSeedTest.blocks(r.doc()).get(0);
    assertTrue(b.options().isEmpty());
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    assertEquals(BlockLint.OPTIONS, r.diagnostics().get(0).code());
    assertTrue(r.html().contains("<p>Body</p>"));
  }

  @Test
  void deeplyNestedFlowOptionsAreRefused() {
    TestMarkdown.Result r = TestMarkdown.run("/// note\n    a: " + "[".repeat(500) + "\nBody\n///\n");
    assertEquals(BlockLint.OPTIONS, r.diagnostics().get(0).code());
    assertTrue(r.diagnostics().get(0).message().contains("nested"), r.diagnostics().get(0).message());
  }
}
