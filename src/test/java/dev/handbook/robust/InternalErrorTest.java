package dev.handbook.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.robust.Cli.Run;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is not a content problem (here: an output folder below a regular file, which the file system refuses) is
 * an internal error: one line and a hint, exit 3; the stack trace only with {@code --debug}.
 */
class InternalErrorTest {
  @TempDir Path temp;

  private Run buildBelowAFile(String... more) throws IOException {
    Path file = temp.resolve("notes.txt");
    Files.writeString(file, "a file, not a folder");
    return Cli.build(Fixtures.fixtureContent("small"), file.resolve("site"), more);
  }

  @Test
  void anInternalErrorIsOneLineAndAHint() throws IOException {
    Run run = buildBelowAFile();
    assertEquals(3, run.exit(), run.err());
    String file = temp.resolve("notes.txt").toString();
    assertEquals(List.of(
        "handbook: internal error: java.io.UncheckedIOException: java.nio.file.FileAlreadyExistsException: " + file,
        "Rerun with --debug to see the stack trace, and report it with the command you ran."),
        run.err().lines().toList());
    assertEquals("", run.out());
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    Run run = buildBelowAFile("--debug");
    assertEquals(3, run.exit(), run.err());
    List<String> lines = run.err().lines().toList();
    assertTrue(lines.get(0).startsWith("handbook: internal error: java.io.UncheckedIOException"), run.err());
    assertTrue(run.err().contains("\tat dev.handbook.build.OutputFolder.prepare("), run.err());
    assertTrue(run.err().contains("Caused by: java.nio.file.FileAlreadyExistsException"), run.err());
  }
}
