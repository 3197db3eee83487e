package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.handbook.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inline parser that reads matches in place builds exactly the tree flexmark's own inline parser builds. */
class MatchInPlaceInlineParserTest {
  private static final Parser FLEXMARK = parser(List.of());
  private static final Parser IN_PLACE = parser(List.of(MatchInPlaceInlineParser.extension()));

  @ParameterizedTest
  @ValueSource(strings = {
      "Code `select_related()` and ``a ` b`` and ```unclosed `` ticks` here.",
      "Links [text](https://x.y \"title\") [t2](</a b> 'single') [t3](url (paren)) [ref] [ref][] ![img](a.png)\n\n"
          + "[ref]: https://example.com/ref \"Ref title\"",
      "Autolinks <https://example.com/a?b=c> <admin@example.com> <not a link> www.example.com",
      "Entities &amp; &copy; &#1601; &#x6F4; &bogus; and escapes \\* \\` \\[ \\\\",
      "Inline <span class=\"x\">html</span> <!-- comment --> <b>bold</b> a < b > c",
      "Hard break at line end  \nnext line\\\nand soft\nbreak",
      "*em* **strong** ***both*** _under_ ~~strike~~ **unclosed *mixed",
      "Vietnamese: Dùng `prefetch_related()` khi truy vấn [nhiều-nhiều](#quan-he) — **tối ưu**.",
      "Persian: از `select_related` برای [کلید خارجی](../en/orm/#fk) استفاده کنید؛ **مهم** است.",
      "| a | `b|c` |\n|---|:-:|\n| [x](y) | &lt; `z` |",
      "Nested [link `code` *em* ![img](i.png)](dest) and [](empty) and [unclosed",
  })
  void buildsTheSameTree(String markdown) {
    assertEquals(dump(FLEXMARK.parse(markdown)), dump(IN_PLACE.parse(markdown)));
  }

  @Test
  void buildsTheSameTreeForTheHandbooksSourcesAndASyntheticOne(@TempDir Path corpus) throws IOException {
    CorpusGenerator.generate(60, corpus);
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"), corpus)) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    assertTrue(files.size() > 100, "Markdown files found: " + files.size());
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertEquals(dump(FLEXMARK.parse(text)), dump(IN_PLACE.parse(text)), file.toString());
    }
  }

  private static Parser parser(List<Extension> more) {
    MutableDataSet options = new MutableDataSet();
    List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), StrikethroughExtension.create()));
    extensions.addAll(more);
    options.set(Parser.EXTENSIONS, extensions);
    return Parser.builder(options).build();
  }

  /** Every node with its class and the source range it covers, in document order. */
  private static String dump(Node root) {
    StringBuilder out = new StringBuilder();
    dump(root, 0, out);
    return out.toString();
  }

  private static void dump(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
        .append(node.getStartOffset()).append('-').append(node.getEndOffset());
    for (var segment : node.getSegments()) {
      out.append(" [").append(segment.getStartOffset()).append('-').append(segment.getEndOffset()).append(']');
    }
    out.append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      dump(child, depth + 1, out);
    }
  }
}
