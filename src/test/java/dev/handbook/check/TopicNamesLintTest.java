package dev.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A topic without a name in a language is reported at its name, so the translator finds the gap. */
class TopicNamesLintTest {
  private static final List<String> LANGUAGES = List.of("vi", "en", "fa");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "all three | 'name: {vi: \"ORM và cơ sở dữ liệu\", en: \"ORM and databases\", fa: \"ORM و پایگاه داده\"}' | ''",
      "no Persian | 'name: {vi: \"Bộ nhớ đệm\", en: \"Caching\"}' | "
          + "'3:11 topic ''t'' has no name in ''fa''; its fa pages show the English name'",
      "blank Vietnamese | 'name: {vi: \" \", en: \"Caching\", fa: \"کش\"}' | "
          + "'3:11 topic ''t'' has no name in ''vi''; its vi pages show the English name'",
      "no English either | 'name: {fa: \"کش\"}' | "
          + "'3:11 topic ''t'' has no name in ''vi''; its vi pages show the id / "
          + "3:11 topic ''t'' has no name in ''en''; its en pages show the id'",
      "no name at all | 'order: 1' | "
          + "'2:5 topic ''t'' has no name in ''vi''; its vi pages show the id / "
          + "2:5 topic ''t'' has no name in ''en''; its en pages show the id / "
          + "2:5 topic ''t'' has no name in ''fa''; its fa pages show the id'",
  })
  void reportsEveryLanguageWithoutAName(String what, String line, String expected) {
    List<Diagnostic> found = new ArrayList<>();
    TopicNamesLint.lint("content/topics.yml", "topics:\n  - id: t\n    " + line + "\n", LANGUAGES, found::add);
    List<String> shown = found.stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
    assertEquals(expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(" / ")), shown, what);
  }
}
