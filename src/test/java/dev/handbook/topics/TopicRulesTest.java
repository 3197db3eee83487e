package dev.handbook.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keyword rules match folded whole words and identifiers, per language, never inside a word. */
class TopicRulesTest {
  private static final TopicRules RULES = TopicRules.compile(List.of(
      new Topic("orm", 1, Map.of(), Map.of(), Map.of(
          "vi", List.of("truy vấn", "tối ưu"),
          "en", List.of("select_related", "N+1", "orm"),
          "fa", List.of("کوئری", "دیتابیس", "raw query"))),
      new Topic("security", 2, Map.of(), Map.of(), Map.of(
          "en", List.of("CSRF"),
          "fa", List.of("احراز هویت", "میشود")))));

  @ParameterizedTest(name = "[{0}] {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "vi | Tối ưu TRUY VẤN với index           | orm",
      "vi | toi uu truy van                      | orm",
      "vi | Truy vấn                             | orm",
      "vi | truyvấn liền nhau                    | ''",
      "en | Use select_related on list views     | orm",
      "en | select related                       | ''",
      "en | the N+1 problem                      | orm",
      "en | Django ORM basics                     | orm",
      "en | normal words like dormant            | ''",
      "en | csrf tokens                          | security",
      "fa | کوئري زدن به ديتابيس                 | orm",
      "fa | نیاز به RAW Query باشه               | orm",
      "fa | اِحراز هویت                          | security",
      "fa | این کار می‌شود                        | security",
      "fa | این کار میشود                         | security",
      "en | کوئری in English text is not Persian | ''",
  })
  void matchesFoldedWholeWords(String lang, String text, String expected) {
    List<String> topics = RULES.matches(lang, text).stream().map(TopicRules.Rule::topicId).toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), topics);
  }
}
