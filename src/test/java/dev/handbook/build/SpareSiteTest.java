package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large site that a build replaces is kept, and the next build writes over it: what is published is exactly
 * what that build wrote, whatever the spare held.
 */
class SpareSiteTest {
  @TempDir Path temp;

  private Path site() {
    return temp.resolve("site");
  }

  /** One build that writes {@code files} (path -> text) and commits. */
  private OutputFolder build(Map<String, String> files, boolean large) throws IOException {
    OutputFolder out = OutputFolder.prepare(site(), Fixtures.fixtureContent("small"), Fixtures.templates(), "site");
    files.forEach((path, text) -> out.files().write(path, text));
    out.commit(large);
    return out;
  }

  /** Every file below {@code root} but the marker, with its text. */
  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(p).toString().replace('\\', '/');
        if (!relative.equals(OutputFolder.MARKER)) {
          all.put(relative, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return all;
  }

  private static long folders(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isDirectory).count();
    }
  }

  @Test
  void theThirdBuildWritesOverTheFirstAndPublishesOnlyItsOwnFiles() throws IOException {
    build(Map.of("index.html", "one", "en/old/index.html", "old page", "en/kept/index.html", "kept 1"), true);
    build(Map.of("index.html", "two"), true);
    Path spare = SpareSite.of(site());
    assertEquals(Map.of("index.html", "one", "en/old/index.html", "old page", "en/kept/index.html", "kept 1"),
        contents(spare), "the first site is the spare");

    Map<String, String> third = Map.of("index.html", "three", "en/kept/index.html", "kept 3",
        "en/new/index.html", "new page");
    OutputFolder out = build(third, true);
    assertEquals(new TreeMap<>(third), contents(site()));
    assertFalse(Files.exists(site().resolve("en/old")), "a folder left empty goes too");
    assertEquals(Map.of("index.html", "two"), contents(spare), "the second site is the spare now");
    assertTrue(out.files().written().contains(out.staging().resolve("en/kept/index.html")));
  }

  @Test
  void aFolderWhereAFileGoesAndAFileWhereAFolderGoesAreReplaced() throws IOException {
    build(Map.of("assets/app", "a file", "en/page/index.html/part", "a folder"), true);
    build(Map.of("index.html", "two"), true);
    Map<String, String> third = Map.of("assets/app/main.js", "script", "en/page/index.html", "page");
    build(third, true);
    assertEquals(new TreeMap<>(third), contents(site()));
  }

  @Test
  void aSpareHoldingALinkIsNotWrittenOver() throws IOException {
    build(Map.of("index.html", "one"), true);
    build(Map.of("index.html", "two"), true);
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createSymbolicLink(SpareSite.of(site()).resolve("en"), elsewhere);
    build(Map.of("index.html", "three", "en/page/index.html", "page"), true);
    assertEquals(Map.of("index.html", "three", "en/page/index.html", "page"), contents(site()));
    try (Stream<Path> list = Files.list(elsewhere)) {
      assertEquals(0, list.count(), "nothing was written through the link");
    }
  }

  @Test
  void anAbandonedBuildGivesTheSpareBackAndTheNextBuildIsStillExact() throws IOException {
    build(Map.of("index.html", "one", "en/a/index.html", "a"), true);
    build(Map.of("index.html", "two"), true);
    OutputFolder failed = OutputFolder.prepare(site(), Fixtures.fixtureContent("small"), Fixtures.templates(),
        "site");
    failed.files().write("en/half/index.html", "half written");
    failed.abandon();
    assertEquals(Map.of("index.html", "two"), contents(site()), "the published site is untouched");
    assertTrue(Files.exists(SpareSite.of(site()).resolve("en/half/index.html")), "the spare is back");

    build(Map.of("index.html", "four"), true);
    assertEquals(Map.of("index.html", "four"), contents(site()));
    assertEquals(1, folders(site()), "no folder of the former sites is left");
  }

  @Test
  void aSmallSiteKeepsNoSpare() throws IOException {
    build(Map.of("index.html", "one"), true);
    build(Map.of("index.html", "two"), true);
    assertTrue(Files.isDirectory(SpareSite.of(site())));
    build(Map.of("index.html", "three"), false);
    assertFalse(Files.exists(SpareSite.of(site())));
    assertEquals(Map.of("index.html", "three"), contents(site()));
  }
}
