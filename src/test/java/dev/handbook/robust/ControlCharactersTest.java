package dev.handbook.robust;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters, written as they are or as character references, never reach a page (HTML forbids them):
 * they become U+FFFD, and the chapter and print bodies made from one rendering keep their ids and links. In YAML,
 * where an escape writes one into a title or label, they are an error at the value.
 */
class ControlCharactersTest {
  @TempDir Path temp;

  @Test
  void controlCharactersInAPageBecomeReplacementCharacters() throws IOException {
    Path content = minimalHandbook();
    Files.writeString(content.resolve("en/controls.md"), "---\ntitle: Controls\n---\n\n## Start here\n\n"
        + "Raw \u0001, \u0002 and \u0003; references &#1; &#2;0&#3; &#x1F; &#127; &#x9f; and &#65; stay.\n\n"
        + "Back to [the start](#start-here) and [this page](controls.md#start-here).\n\n"
        + "<abbr title=\"&#2;x\">abbr</abbr>\n\n`code \u0002 &#2;`\n\n```\nblock \u0001\n```\n", UTF_8);
    Path out = temp.resolve("site");

    Cli.build(content, out).expect(0);

    for (Path page : htmlFiles(out)) {
      String html = Files.readString(page, UTF_8);
      assertTrue(html.chars().noneMatch(ControlCharactersTest::forbidden), page + " holds a control character");
    }
    String chapter = Files.readString(out.resolve("en/controls/index.html"), UTF_8);
    assertTrue(chapter.contains("Raw \uFFFD, \uFFFD and \uFFFD; references \uFFFD \uFFFD0\uFFFD \uFFFD \uFFFD \uFFFD"
        + " and A stay."), chapter);
    assertTrue(chapter.contains("<h2 id=\"start-here\">"));
    assertTrue(chapter.contains("<a href=\"#start-here\">the start</a>"));
    String print = Files.readString(out.resolve("en/print/index.html"), UTF_8);
    assertTrue(print.contains("<h2 id=\"controls--start-here\">"), print);
    assertTrue(print.contains("<a href=\"../../en/controls/index.html#start-here\">the start</a>"), print);
  }

  @Test
  void aControlCharacterInYamlIsAnErrorAtItsValue() throws IOException {
    Path content = minimalHandbook();
    Files.writeString(content.resolve("en/page.md"), "---\ntitle: \"Intro\\x01\"\n---\n\nText.\n", UTF_8);

    Cli.Run run = Cli.build(content, temp.resolve("site"));

    assertEquals(1, run.exit(), run.err());
    assertEquals(List.of(Cli.shown(content.resolve("en/page.md")) + ":2:8: error: title holds the control"
        + " character U+0001, which a web page cannot show"), run.diagnostics());
    run.assertNoStackTrace();
    assertFalse(Files.exists(temp.resolve("site")));
  }

  private Path minimalHandbook() throws IOException {
    Path content = temp.resolve("content");
    Files.createDirectories(content.resolve("en"));
    Files.writeString(content.resolve("handbook.yml"), "title: {en: Test}\nlanguages:\n"
        + "  - {code: en, name: English, dir: ltr, order: 1}\ndefault_language: en\n", UTF_8);
    return content;
  }

  private static List<Path> htmlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }

  private static boolean forbidden(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
  }
}
