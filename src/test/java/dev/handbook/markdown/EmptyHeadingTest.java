package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.diag.Diagnostics;
import dev.handbook.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A heading with no text of its own, often one that holds only its topic marker, would build into an empty
 * heading, an invisible link in the contents and an untitled search result: it is a located warning instead.
 */
class EmptyHeadingTest {
  private static final MarkdownFacade MARKDOWN = new MarkdownFacade();

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(delimiter = '|', value = {
      "en | '## {topic: orm}'                    | 3:4 warning heading-empty: heading has no text, only a topic marker"
          + " / write the heading's text before the marker",
      "fa | '### {topics: orm, caching}'         | 3:5 warning heading-empty: heading has no text, only a topic marker"
          + " / write the heading's text before the marker",
      "vi | '##    {topic: orm}'                 | 3:7 warning heading-empty: heading has no text, only a topic marker"
          + " / write the heading's text before the marker",
      "en | '##'                                 | 3:1 warning heading-empty: heading has no text"
          + " / write the heading's text, or remove it",
      "en | '## ORM {topic: orm}'                | ''",
      "vi | '## Truy vấn ORM {topic: orm}'       | ''",
      "fa | '## کش در جنگو {topic: caching}'     | ''",
      "en | '## `select_related` {topic: orm}'   | ''",
  })
  void aHeadingWithoutTextIsAWarningAtItsMarker(String lang, String heading, String expected) {
    Diagnostics diagnostics = new Diagnostics();
    DocumentContext context = new DocumentContext("page.md", 0, lang, diagnostics);
    String body = "Intro.\n\n" + heading + "\n\nText under it.\n";
    Document document = MARKDOWN.parse(TextNormalizer.normalizeMarkdown(body, lang), context);
    PageAnalyzer.analyze(document, context, "Page");
    List<String> shown = diagnostics.sorted(false).stream()
        .map(d -> d.line() + ":" + d.column() + " " + d.severity().label() + " " + d.code() + ": " + d.message()
            + " / " + d.hint())
        .toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), shown);
  }
}
