package dev.handbook.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.content.FrontMatterParser;
import dev.handbook.content.Page;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.MarkdownFacade;
import dev.handbook.markdown.PageAnalyzer;
import dev.handbook.text.TextNormalizer;
import dev.handbook.text.Tokenizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An unknown topic id is reported where it is written (in the front matter, or inside the marker of a heading or
 * of a question in any of its forms), with the closest id when one is near enough and the list of ids otherwise.
 */
class UnknownTopicTest {
  private static final MarkdownFacade MARKDOWN = new MarkdownFacade();
  private static final List<Topic> TOPICS = List.of(
      new Topic("orm", 1, Map.of(), Map.of(), Map.of("en", List.of("orm"))),
      new Topic("caching-performance", 2, Map.of(), Map.of(), Map.of()),
      new Topic("auth-security", 3, Map.of(), Map.of(), Map.of()));
  private static final String ALL_IDS = "topics are defined in topics.yml: auth-security, caching-performance, orm";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("en", "---\ntitle: Links\ndescription: A page.\norder: 9\ntopics: [orm, nosuchtopic]\n---\n\nText.\n",
            "5:15 unknown topic 'nosuchtopic' / " + ALL_IDS),
        Arguments.of("en", "---\ntitle: List\ntopics:\n  - orm\n  - cachng-performance\n---\n\nText.\n",
            "5:5 unknown topic 'cachng-performance' / did you mean 'caching-performance'?"),
        Arguments.of("en", "---\ntitle: One\ntopics: orms\n---\n\nText.\n",
            "3:9 unknown topic 'orms' / did you mean 'orm'?"),
        Arguments.of("en", "---\ntitle: Heading\n---\n\nIntro about the ORM.\n\n## Hello about the ORM {topic: nosuchtopic}\n\nText.\n",
            "7:32 unknown topic 'nosuchtopic' / " + ALL_IDS),
        Arguments.of("vi", "---\ntitle: Bộ nhớ đệm\n---\n\n## Truy vấn và bộ nhớ đệm {topic: orm, cachng-performance}\n\nGhi chú.\n",
            "5:40 unknown topic 'cachng-performance' / did you mean 'caching-performance'?"),
        Arguments.of("fa", "---\ntitle: کش\n---\n\nQ: کش در جنگو چیست؟ {topic: caching-performanc}\nA: نگه‌داشتن نتیجه.\n",
            "5:29 unknown topic 'caching-performanc' / did you mean 'caching-performance'?"),
        Arguments.of("en", "---\ntitle: Box\n---\n\n/// qbox | 8. What is the N+1 problem? {topic: orm, Auth-Securty}\nOne query per row.\n///\n",
            "5:53 unknown topic 'auth-securty' / did you mean 'auth-security'?"));
  }

  @ParameterizedTest(name = "[{0}] {2}")
  @MethodSource("cases")
  void isReportedAtTheIdWithTheClosestId(String lang, String text, String expected) {
    assertEquals(List.of(expected), unknownTopics(lang, text));
  }

  private static List<String> unknownTopics(String lang, String text) {
    Diagnostics diagnostics = new Diagnostics();
    FrontMatterParser.Split split = FrontMatterParser.parse(text, "page.md", "page");
    DocumentContext context = new DocumentContext("page.md", split.bodyLineOffset(), lang, diagnostics);
    Document document = MARKDOWN.parse(TextNormalizer.normalizeMarkdown(split.body(), lang), context);
    PageAnalyzer.Analysis analysis = PageAnalyzer.analyze(document, context, split.frontMatter().title());
    Page page = new Page(lang, "page", "page.md", split.frontMatter(), analysis.toc(), analysis.sections(),
        analysis.questions());
    new TopicAssigner(TOPICS).assignPage(page, Tokenizer::tokens, diagnostics);
    return diagnostics.sorted(false).stream()
        .filter(d -> d.code().equals("topic-unknown"))
        .map(UnknownTopicTest::shown)
        .toList();
  }

  private static String shown(Diagnostic d) {
    return d.line() + ":" + d.column() + " " + d.message() + " / " + d.hint();
  }
}
