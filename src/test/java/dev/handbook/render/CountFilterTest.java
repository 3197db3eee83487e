package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.content.PathDisplay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code count('key')}: a number in the page's digits with its noun in the form the language wants after it. */
class CountFilterTest {
  @TempDir Path templates;

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "en, 0, 0 questions",
      "en, 1, 1 question",
      "en, 2, 2 questions",
      "en, 1000, 1000 questions",
      "vi, 1, 1 câu hỏi",
      "vi, 7, 7 câu hỏi",
      "fa, 1, ۱ پرسش",
      "fa, 24, ۲۴ پرسش",
  })
  void aCountTakesTheNounsFormForItsNumber(String lang, long n, String expected) throws IOException {
    Files.writeString(templates.resolve("count.peb"), "{{ n | count('question_count') }}");
    TemplateEngine engine = new TemplateEngine(templates, new PathDisplay(templates));
    Map<String, Map<String, String>> labels = Map.of(
        "en", Map.of("question_count", "questions", "question_count_one", "question"),
        "vi", Map.of("question_count", "câu hỏi", "question_count_one", "câu hỏi"),
        "fa", Map.of("question_count", "پرسش"));
    assertEquals(expected, engine.render("count", Map.of("n", n, "lang", lang, "labels", labels.get(lang))));
  }
}
