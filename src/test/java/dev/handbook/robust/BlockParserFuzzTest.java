package dev.handbook.robust;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.NestingLimit;
import dev.handbook.markdown.block.BlockNode;
import dev.handbook.markdown.block.KnownBlocks;
import org.jsoup.Jsoup;

/**
 * The {@code ///} block parser inside the whole Markdown pipeline (blocks, question cards, raw HTML, links),
 * fed arbitrary text: the only way out is a located {@link ContentException}; the tree's block nesting stays
 * bounded; every diagnostic points into the text; and the HTML, left-to-right and right-to-left, is safe.
 *
 * <p>Plain {@code mvn test} replays the seeds in {@code BlockParserFuzzTestInputs/parseAndRender/}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='BlockParserFuzzTest#parseAndRender' -Djazzer.max_duration=60s}.
 */
class BlockParserFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parseAndRender(byte[] input) {
    String body = new String(input, UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    Document document;
    try {
      document = Markdown.parse(body, diagnostics);
    } catch (ContentException tooDeep) {
      assertTrue(tooDeep.diagnostics().stream().allMatch(d -> d.code().equals(NestingLimit.CODE)),
          tooDeep::getMessage);
      return;
    }
    assertTrue(blockDepth(document) <= KnownBlocks.MAX_DEPTH + 1, "block nesting is bounded");
    long lines = body.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Diagnostic d : diagnostics.sorted(false)) {
      assertTrue(d.line() >= 1 && d.line() <= lines && d.column() >= 1, d::format);
    }
    for (boolean rtl : new boolean[] {false, true}) {
      SafeHtml.assertSafe(Jsoup.parseBodyFragment(Markdown.render(document, rtl)).body());
    }
  }

  private static int blockDepth(Document document) {
    int deepest = 0;
    for (Node node : document.getDescendants()) {
      int depth = 0;
      for (Node n = node; n != null; n = n.getParent()) {
        depth += n instanceof BlockNode ? 1 : 0;
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }
}
