package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.content.PathDisplay;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builds of a serve session: a save that keeps a chapter's outline writes that chapter at once and the search
 * index and print page after it; whichever way a save is built, the site ends byte for byte as a full build of
 * the same sources would make it.
 */
class SiteSessionTest {
  @TempDir Path temp;
  private Path content;
  private Path out;
  private Path notes;

  @BeforeEach
  void copyTheFixture() {
    content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    out = temp.resolve("site");
    notes = content.resolve("en/notes.md");
  }

  @Test
  void aSentenceAddedIsBuiltAloneAndTheSiteEndsAsAFullBuildWouldMakeIt() throws IOException {
    try (SiteSession session = session()) {
      assertTrue(session.rebuild(Set.of()).written());
      Files.writeString(notes, Files.readString(notes).replace("Intro text about the ORM.",
          "Intro text about the ORM. A sentence only the quick build has seen."));

      BuildReport quick = session.rebuild(Set.of(notes));

      assertEquals(Set.of("pages", "render"), quick.stepMillis().keySet(), "built alone: " + quick.stepMillis());
      assertTrue(Files.readString(out.resolve("en/notes/index.html")).contains("only the quick build has seen"));
      session.awaitBackground();
    }
    assertEquals(fullBuild(), files(out));
  }

  @Test
  void aNewHeadingChangesTheOutlineSoEverythingIsBuilt() throws IOException {
    try (SiteSession session = session()) {
      session.rebuild(Set.of());
      Files.writeString(notes, Files.readString(notes) + "\n## A heading the session has not seen\n\nText.\n");

      BuildReport report = session.rebuild(Set.of(notes));

      assertTrue(report.stepMillis().containsKey("swap"), "the whole pipeline ran: " + report.stepMillis());
      assertTrue(Files.readString(out.resolve("en/more/index.html")).contains("A heading the session has not seen")
          || Files.readString(out.resolve("en/notes/index.html")).contains("A heading the session has not seen"));
    }
    assertEquals(fullBuild(), files(out));
  }

  @Test
  void anErrorInTheSavedPageGoesThroughTheWholePipelineAndLeavesTheSite() throws IOException {
    try (SiteSession session = session()) {
      session.rebuild(Set.of());
      Map<String, String> before = files(out);
      Files.writeString(notes, Files.readString(notes) + "\nSee [nowhere](missing.md).\n");

      BuildReport report = session.rebuild(Set.of(notes));

      assertTrue(report.failed());
      assertFalse(report.written());
      assertEquals(before, files(out));
    }
  }

  private SiteSession session() {
    return new SiteSession(new PathDisplay(Fixtures.projectDir()),
        new BuildOptions(content, Fixtures.templates(), out, false, true, true));
  }

  private Map<String, String> fullBuild() {
    Path full = temp.resolve("full");
    BuildReport report = new Pipeline(new PathDisplay(Fixtures.projectDir()))
        .run(new BuildOptions(content, Fixtures.templates(), full, false, true, true));
    assertTrue(report.written(), report.diagnostics().toString());
    return files(full);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> files(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        byte[] bytes = Files.readAllBytes(file);
        // Pages as text, so that a difference shows; fonts and images by digest.
        files.put(root.relativize(file).toString(), file.toString().endsWith(".html")
            ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
            : java.util.HexFormat.of().formatHex(sha256(bytes)));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return files;
  }
}
