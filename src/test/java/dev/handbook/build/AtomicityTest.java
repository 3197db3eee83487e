package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed build leaves the previous site exactly as it was, and no staging folder behind. */
class AtomicityTest {
  @TempDir Path temp;

  @Test
  void brokenPageKeepsThePreviousSite() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    Path site = temp.resolve("site");
    assertFalse(Fixtures.build(content, site, false).failed());
    Path chapter = site.resolve("en/notes/index.html");
    String before = Files.readString(chapter);
    assertTrue(Files.exists(site.resolve(OutputFolder.MARKER)));

    Files.writeString(content.resolve("en/notes.md"), "---\ntitle: [unclosed\n---\n\nText changed.\n");
    BuildReport report = Fixtures.build(content, site, false);

    assertTrue(report.failed());
    assertEquals("content/en/notes.md".length() > 0, report.diagnostics().get(0).path().endsWith("en/notes.md"));
    assertEquals(before, Files.readString(chapter), "old page untouched");
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".handbook-")).count(),
          "no staging folder left behind");
    }
  }

  @Test
  void refusesToReplaceAFolderItDidNotCreate() throws IOException {
    Path out = temp.resolve("mine");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "precious");
    BuildReport report = Fixtures.build(Fixtures.fixtureContent("small"), out, false);
    assertTrue(report.failed());
    assertEquals("output-foreign", report.diagnostics().get(0).code());
    assertEquals("precious", Files.readString(out.resolve("keep.txt")));
  }
}
