package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One table step shared by every page parses tables exactly as the tables extension's step made per page. */
class SharedTableParagraphsTest {
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(options(TablesExtension.create())).build();
  private static final Parser PER_PAGE = Parser.builder(options(TablesExtension.create())).build();
  private static final Parser SHARED = Parser.builder(options(SharedTableParagraphs.create())).build();

  @ParameterizedTest
  @ValueSource(strings = {
      "| Khái niệm | Mô tả |\n| --- | --- |\n| `select_related` | JOIN trong một truy vấn |\n| N+1 | nhiều truy vấn |",
      "| مفهوم | توضیح |\n|:---|---:|\n| میان‌افزار | لایه‌ای بین درخواست و پاسخ |",
      "a | b\n--- | ---\nc | d | extra\ne",
      "| one |\n| :-: |\n| centered |\n\nafter the table",
      "| a | b |\n| - | - |\nnot a separator: two dashes are too few",
      "plain paragraph with a | pipe\nand a second line",
      "| head |\n| --- |\n| *emphasis* and [link](x.md) and \\| escaped pipe |",
      "- list item\n\n  | nested | table |\n  | --- | --- |\n  | 1 | 2 |",
      "Setext heading\n---\n\n| x |\n|---|",
  })
  void parsesLikeTheTablesExtension(String markdown) {
    assertEquals(RENDERER.render(PER_PAGE.parse(markdown)), RENDERER.render(SHARED.parse(markdown)));
  }

  @Test
  void oneStepServesPagesParsedAtOnce() {
    List<String> pages = IntStream.range(0, 400)
        .mapToObj(i -> "# Page " + i + "\n\n| n | square |\n| ---: | :--- |\n| " + i + " | " + i * i + " |\n\ntext " + i)
        .toList();
    List<String> expected = pages.stream().map(p -> RENDERER.render(PER_PAGE.parse(p))).toList();
    List<String> parallel = pages.parallelStream().map(p -> RENDERER.render(SHARED.parse(p))).toList();
    assertEquals(expected, parallel);
  }

  private static MutableDataSet options(Extension tables) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(tables));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    return options;
  }
}
