package dev.handbook.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.handbook.content.FrontMatterParser;
import dev.handbook.content.SourceReader;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;

/**
 * Reading a page file as the build does: decode the bytes (UTF-8, BOM, line ends), then split and check the
 * YAML front matter. Whatever the bytes, the result is a page or a {@link ContentException} whose diagnostics
 * name the file and a line inside it; a page's body is the end of its text.
 *
 * <p>Plain {@code mvn test} replays the seeds in {@code FrontMatterFuzzTestInputs/decodeAndSplit/}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='FrontMatterFuzzTest#decodeAndSplit' -Djazzer.max_duration=60s}.
 */
class FrontMatterFuzzTest {
  private static final String PATH = "content/en/page.md";

  @FuzzTest(maxDuration = "60s")
  void decodeAndSplit(byte[] input) {
    String text;
    try {
      text = SourceReader.decode(input, PATH);
    } catch (ContentException notText) {
      assertLocated(notText, input.length + 1L);
      return;
    }
    assertFalse(text.contains("\r"), "line ends are normalized");
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    FrontMatterParser.Split split;
    try {
      split = FrontMatterParser.parse(text, PATH, "fallback");
    } catch (ContentException badHeader) {
      assertLocated(badHeader, lines);
      return;
    }
    assertTrue(text.endsWith(split.body()), "the body is the rest of the file");
    assertTrue(split.bodyLineOffset() >= 0 && split.bodyLineOffset() <= lines, "body offset inside the file");
    assertFalse(split.frontMatter().title().isEmpty(), "a page always has a title");
  }

  private static void assertLocated(ContentException e, long lines) {
    assertFalse(e.diagnostics().isEmpty());
    for (Diagnostic d : e.diagnostics()) {
      assertEquals(PATH, d.path());
      assertTrue(d.isError(), d::format);
      assertTrue(d.line() >= 1 && d.line() <= lines && d.column() >= 1, d::format);
    }
  }
}
