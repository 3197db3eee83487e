package dev.handbook.robust;

import static dev.handbook.robust.Cli.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.OutputFolder;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * handbook deletes only what it made: it refuses to write into the content, the templates or a repository, never
 * replaces a folder without its marker, and cleans up after builds that were killed.
 */
class OutputFolderSafetyTest {
  private static final String DANGEROUS = ": it is or contains the content, the templates or the repository";

  @TempDir Path temp;

  private static Path small() {
    return Fixtures.fixtureContent("small");
  }

  @Test
  void refusesTheContentFolder() throws IOException {
    Path content = Fixtures.copyTree(small(), temp.resolve("content"));
    Set<String> before = tree(content);
    Cli.build(content, content).expectUsage("refusing to write the site into "
        + shown(content) + DANGEROUS);
    assertEquals(before, tree(content), "the content folder is untouched");
  }

  @Test
  void refusesTheTemplatesFolder() throws IOException {
    Path templates = Fixtures.copyTree(Fixtures.templates(), temp.resolve("templates"));
    Set<String> before = tree(templates);
    Cli.run("build", "--quiet", "--content", small().toString(), "--templates", templates.toString(),
        "--out", templates.toString())
        .expectUsage("refusing to write the site into " + shown(templates) + DANGEROUS);
    assertEquals(before, tree(templates));
  }

  @Test
  void refusesTheRepositoryRoot() throws IOException {
    Path project = Fixtures.projectDir();
    Cli.build(small(), project).expectUsage("refusing to write the site into "
        + shown(project) + DANGEROUS);
    Path repository = temp.resolve("repository");
    Files.createDirectories(repository.resolve(".git"));
    Cli.build(small(), repository).expectUsage("refusing to write the site into "
        + shown(repository) + DANGEROUS);
    assertEquals(Set.of(".git"), tree(repository));
  }

  @Test
  void refusesAFolderItDidNotCreate() throws IOException {
    Path out = temp.resolve("photos");
    Files.createDirectories(out);
    Files.writeString(out.resolve("holiday.jpg"), "precious");
    Cli.build(small(), out).expectUsage("the output folder " + shown(out)
        + " exists and was not made by handbook; refusing to replace it");
    assertEquals("precious", Files.readString(out.resolve("holiday.jpg")));
    assertEquals(Set.of("holiday.jpg"), tree(out));
  }

  @Test
  void marksItsOwnFolderAndReplacesOnlyThat() throws IOException {
    Path out = temp.resolve("site");
    Cli.build(small(), out).expect(0);
    assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)), "the marker proves the folder is ours");
    Files.writeString(out.resolve("stale.html"), "from an old build");
    Cli.build(small(), out).expect(0);
    assertFalse(Files.exists(out.resolve("stale.html")), "a build replaces the whole folder");
    assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
    assertEquals(Set.of("site"), tree(temp).stream().filter(p -> !p.contains("/")).collect(
        java.util.stream.Collectors.toSet()), "nothing left beside the site");
  }

  @Test
  void thePublishedFolderIsReadableByAWebServer() throws IOException {
    Path out = temp.resolve("site");
    Cli.build(small(), out).expect(0);
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(out);
    assertTrue(permissions.contains(PosixFilePermission.OTHERS_READ)
        && permissions.contains(PosixFilePermission.OTHERS_EXECUTE), permissions.toString());
  }

  @Test
  void leftoversOfAKilledBuildAreRemovedByTheNextBuild() throws IOException, InterruptedException {
    Path out = temp.resolve("site");
    Cli.build(small(), out).expect(0);
    Process finished = new ProcessBuilder("true").start();
    assertTrue(finished.waitFor(10, TimeUnit.SECONDS));
    long deadPid = finished.pid();
    Path staging = temp.resolve(".handbook-staging-" + deadPid + "-1");
    Path old = temp.resolve(".handbook-old-" + deadPid + "-2");
    Path halfDeleted = temp.resolve(".handbook-staging-" + deadPid + "-3");
    for (Path leftover : new Path[] {staging, old, halfDeleted}) {
      Files.createDirectories(leftover.resolve("en/page"));
      Files.writeString(leftover.resolve("en/page/index.html"), "half written");
    }
    Files.writeString(staging.resolve(OutputFolder.MARKER), "handbook output folder\n");
    Files.writeString(old.resolve(OutputFolder.MARKER), "handbook output folder\n");
    Path foreign = temp.resolve(".handbook-staging-notes");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("keep.txt"), "not ours");
    Path scratch = Files.writeString(temp.resolve(".handbook-bodies-" + deadPid + "-4"), "<p>a body</p>");
    Path someonesFile = Files.writeString(temp.resolve(".handbook-bodies-notes"), "not ours");

    Cli.build(small(), out).expect(0);

    assertFalse(Files.exists(staging), "staging folder of a dead build removed");
    assertFalse(Files.exists(old), "old site of a dead build removed");
    assertTrue(Files.exists(halfDeleted), "without its marker a folder is not ours, whatever its name");
    assertTrue(Files.exists(foreign.resolve("keep.txt")));
    assertFalse(Files.exists(scratch), "scratch file of a dead build removed");
    assertTrue(Files.exists(someonesFile), "a name that names no process is not ours");
  }

  /** Every path below {@code root}, relative and '/'-separated. */
  static Set<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .collect(java.util.stream.Collectors.toSet());
    }
  }
}
