package dev.handbook.markdown.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.html.BreakLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Persian source (a copy of {@code shared/seeds/004_2f7d5d5563126fa6.txt}): 24 {@code /// qbox} blocks, most
 * of them right under a {@code <div class="break-line"></div>} line with no blank line between.
 */
class PersianSeedTest {
  static final String SEED = "markdown/block/fa-seed-004.md";

  @Test
  void seedParsesInto24QboxesWithTheirQuestions() throws IOException {
    String text = BlockSpecTest.read(SEED);
    Document doc = TestMarkdown.parse(text, "fa/seed.md", new Diagnostics());
    List<BlockNode> blocks = blocks(doc);

    List<String> expected = argumentsByRegex(text);
    assertEquals(24, expected.size(), "the seed has 24 qbox lines");
    assertEquals(24, blocks.size());
    assertEquals(expected, blocks.stream().map(BlockNode::argument).toList());
    for (BlockNode b : blocks) {
      assertEquals("qbox", b.name());
      assertTrue(b.isKnown());
      assertTrue(b.isClosed(), () -> "closed: " + b.argument());
      assertEquals(3, b.fenceLength());
      assertTrue(b.options().isEmpty());
    }
    assertEquals("0. مهم ترین ویژگی هایی که باعث میشه جنگو رو انتخاب کنید چی هستش؟", blocks.get(0).argument());
    assertEquals("21.بزرگترین اشتباهی که در یه پروژه جنگو مرتکب شدی چی بود و چطور حلش کردی؟",
        blocks.get(22).argument());
    // the opening lines, 0-based, as flexmark counts them
    assertEquals(2, blocks.get(0).getStartLineNumber());
    assertEquals(6, blocks.get(1).getStartLineNumber());

    // the two stray body lines stay in their blocks; every other body is empty
    assertEquals("tee", bodyText(blocks.get(4)));
    assertEquals("111", bodyText(blocks.get(22)));
    int empty = 0;
    for (BlockNode b : blocks) {
      empty += b.bodyFirstChild() == null ? 1 : 0;
    }
    assertEquals(22, empty);

    assertTrue(BlockLint.lint(doc).isEmpty(), () -> BlockLint.lint(doc).toString());
  }

  @Test
  void separatorsAreBreakLinesAndNoHtmlBlockSwallowsAQuestion() throws IOException {
    Document doc = TestMarkdown.parse(BlockSpecTest.read(SEED), "fa/seed.md", new Diagnostics());
    List<String> variants = new ArrayList<>();
    for (Node n : doc.getChildren()) {
      if (n instanceof BreakLine b) {
        variants.add(b.variant());
      }
      assertFalse(n instanceof HtmlBlock, () -> "raw HTML block left: " + n.getChars());
    }
    assertEquals(22, variants.size());
    assertEquals(16, variants.stream().filter(String::isEmpty).count());
    assertEquals(5, variants.stream().filter("section"::equals).count());
    assertEquals("end", variants.get(variants.size() - 1));

    String html = TestMarkdown.RENDERER.render(doc);
    assertFalse(html.contains("<div class=\"break-line"), html);
    assertTrue(html.contains("<hr class=\"break-line section\" />"));
    assertEquals(24, html.split("class=\"block block-qbox\"", -1).length - 1);
  }

  @Test
  void sharedSeedWhenPresentIsTheSameText() throws IOException {
    String dir = System.getProperty("handbook.projectDir", System.getProperty("user.dir"));
    Path shared = Path.of(dir).resolve("../shared/seeds/004_2f7d5d5563126fa6.txt").normalize();
    Assumptions.assumeTrue(Files.isRegularFile(shared), "shared seeds not beside the project");
    assertEquals(Files.readString(shared, StandardCharsets.UTF_8), BlockSpecTest.read(SEED));
  }

  static List<BlockNode> blocks(Node root) {
    List<BlockNode> out = new ArrayList<>();
    for (Node n : root.getDescendants()) {
      if (n instanceof BlockNode b) {
        out.add(b);
      }
    }
    return out;
  }

  private static List<String> argumentsByRegex(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^/// qbox \\| (.*)$").matcher(text);
    while (m.find()) {
      out.add(m.group(1).strip());
    }
    return out;
  }

  private static String bodyText(BlockNode b) {
    Node first = b.bodyFirstChild();
    return first instanceof Paragraph p ? p.getChars().trim().toString() : "";
  }
}
