package dev.handbook.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.config.ConfigLoader;
import dev.handbook.content.FrontMatterParser;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.markdown.block.BlockOptions;
import dev.handbook.markdown.block.internal.OptionsParser;
import dev.handbook.topics.TopicsLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every mistake in front matter, handbook.yml, topics.yml and block options says how to fix it, not only what is
 * wrong: a diagnostic with an empty hint leaves a newcomer guessing.
 */
class ConfigErrorHintTest {
  private static final String LANGUAGES = "languages:\n  - {code: vi, name: Tiếng Việt, dir: ltr}\n"
      + "  - {code: en, name: English, dir: ltr}\n  - {code: fa, name: فارسی, dir: rtl}\n";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "'title: [một, hai]\n'    | 2:8 title must be a single value"
          + " | write one plain value, not a list or a mapping; put text that starts with '[' or '{' in quotes",
      "'title: x\norder: đầu tiên\n' | 3:8 order must be a whole number | write digits only, such as 3",
      "'title:\n'               | 2:7 title must not be empty"
          + " | write the page's title after 'title:', or remove the line to use the file name",
      "'title: کش\ntopics: {orm: true}\n' | 3:9 topics must be a list ([a, b] or '- ' lines)"
          + " | write [a, b] on one line, or one '- item' line for each item below it",
  })
  void frontMatter(String yaml, String expected, String hint) {
    assertEquals(expected + " / " + hint,
        shown(() -> FrontMatterParser.parse("---\n" + yaml + "---\n\nText.\n", "page.md", "page")));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "'  - {code: en, name: English, dir: right-to-left}\n' | 3:36 dir must be ltr or rtl"
          + " | write dir: ltr, or dir: rtl for a right-to-left script such as Persian",
      "'  - {code: en, name: English}\n  - {code: en, name: Anh}\n' | 4:12 language 'en' is listed twice"
          + " | keep one entry for each language",
  })
  void handbookYmlLanguages(String entries, String expected, String hint) {
    assertEquals(expected + " / " + hint,
        shown(() -> ConfigLoader.load(Path.of("content"), "handbook.yml", "title: Sổ tay\nlanguages:\n" + entries)));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "default_language: de        | 5:19 default_language 'de' is not one of the languages | languages: vi, en, fa",
      "base_url: ftp://example.org | 5:11 base_url must be an http(s) URL"
          + " | write the full address, such as https://user.github.io/repo/",
  })
  void handbookYml(String line, String expected, String hint) {
    assertEquals(expected + " / " + hint,
        shown(() -> ConfigLoader.load(Path.of("content"), "handbook.yml", LANGUAGES + line + "\n")));
  }

  @Test
  void handbookYmlWithoutLanguages() {
    assertEquals("1:1 missing required key 'languages' / add 'languages:' with its value",
        shown(() -> ConfigLoader.load(Path.of("content"), "handbook.yml", "title: Sổ tay\n")));
    assertEquals("2:12 languages must list at least one language"
            + " / add an entry such as - {code: en, name: English, dir: ltr}",
        shown(() -> ConfigLoader.load(Path.of("content"), "handbook.yml", "title: Sổ tay\nlanguages: []\n")));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "'  - id: orm\n    keywords: {fa: [کوئری]}\n  - id: orm\n' | 4:9 topic id 'orm' is used twice (first on line 2)"
          + " | give this topic its own id, or merge the two entries",
      "'  - id: orm\n    keywords:\n      en: [orm, {regex: \"^orm.*\"}]\n'"
          + " | 4:17 an item of keywords of en must be a single value"
          + " | write one plain value, not a list or a mapping; put text that starts with '[' or '{' in quotes",
      "'  - id: Bộ-nhớ-đệm\n' | 2:9 topic id 'Bộ-nhớ-đệm' must be lower-case ASCII words joined by '-'"
          + " | for example caching-performance",
      "'  - id: orm\n    keywords:\n      vi: [truy vấn, \"\"]\n' | 4:22 an empty keyword of vi in topic 'orm'"
          + " | write the word or phrase, or delete the item",
      "'  - id: orm\n    keywords:\n      fa: [\"  \", کوئری]\n' | 4:12 an empty keyword of fa in topic 'orm'"
          + " | write the word or phrase, or delete the item",
  })
  void topicsYml(String topics, String expected, String hint) {
    assertEquals(expected + " / " + hint,
        shown(() -> TopicsLoader.load("topics.yml", "topics:\n" + topics, List.of("vi", "en", "fa"))));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "details | '    open: maybe'                  | option 'open' must be true or false"
          + " | write open: true or open: false",
      "details | '    type: hai từ'                 | option 'type' must be a single word such as 'warning'"
          + " | use letters, digits, '-' and '_' only",
      "note    | '    attrs: wide'                  | option 'attrs' must be a mapping such as {class: wide, id: intro}"
          + " | write the attributes in braces after 'attrs:'",
      "note    | '    attrs: {class: 9lives}'       | attrs: class '9lives' is not a valid class name"
          + " | use letters, digits, '-' and '_', and start with a letter",
      "note    | '    attrs: {id: [a, b]}'          | attrs: id must be a string | write one name, such as id: intro",
  })
  void blockOptions(String block, String line, String expected, String hint) {
    List<BlockOptions.Problem> problems = OptionsParser.parse(block, List.of(line)).problems();
    assertEquals(List.of(expected + " / " + hint), problems.stream().map(p -> p.message() + " / " + p.hint()).toList());
  }

  private static String shown(Runnable load) {
    try {
      load.run();
    } catch (ContentException e) {
      Diagnostic d = e.diagnostics().get(0);
      return d.line() + ":" + d.column() + " " + d.message() + " / " + d.hint();
    }
    throw new AssertionError("no error");
  }
}
