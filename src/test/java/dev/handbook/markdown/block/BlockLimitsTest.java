package dev.handbook.markdown.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Severity;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Nesting is bounded: 1,000 nested openers finish fast, report {@code block-too-deep}, and lose no text. */
class BlockLimitsTest {
  @Test
  void thousandNestedSameLengthOpeners() {
    String md = "/// note\n".repeat(1000) + "deepest text\n" + "///\n".repeat(1000) + "after\n";
    check(md);
  }

  @Test
  void thousandNestedLongerFencesOutside() {
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      md.append("/".repeat(1003 - i)).append(" tip | level ").append(i).append('\n');
    }
    md.append("deepest text\n");
    for (int i = 999; i >= 0; i--) {
      md.append("/".repeat(1003 - i)).append('\n');
    }
    md.append("after\n");
    check(md.toString());
  }

  @Test
  void thousandUnclosedOpeners() {
    check("/// note\n".repeat(1000) + "deepest text\n" + "after\n");
  }

  private static void check(String md) {
    TestMarkdown.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TestMarkdown.run(md));
    List<Diagnostic> tooDeep = r.diagnostics().stream().filter(d -> d.code().equals(BlockLint.TOO_DEEP)).toList();
    assertEquals(1, tooDeep.size(), r.diagnostics().toString());
    assertEquals(Severity.ERROR, tooDeep.get(0).severity());
    assertEquals(KnownBlocks.MAX_DEPTH + 1, tooDeep.get(0).line());
    assertTrue(tooDeep.get(0).message().contains("nested more than 64"), tooDeep.get(0).message());

    int maxDepth = 0;
    for (BlockNode b : PersianSeedTest.blocks(r.doc())) {
      int depth = 0;
      for (Node n = b; n != null; n = n.getParent()) {
        depth += n instanceof BlockNode ? 1 : 0;
      }
      maxDepth = Math.max(maxDepth, depth);
    }
    assertEquals(KnownBlocks.MAX_DEPTH + 1, maxDepth);
    assertTrue(r.html().contains("deepest text"), "text kept");
    assertTrue(r.html().contains("after"), "text kept");
    assertTrue(r.html().contains("<pre class=\"block block-too-deep\">"));

    // Rendering and linting the bounded tree need no big stack.
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread small = new Thread(null, () -> {
      try {
        TestMarkdown.run(md);
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "small-stack", 512 * 1024);
    small.start();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> small.join());
    assertNull(failure.get());
  }
}
