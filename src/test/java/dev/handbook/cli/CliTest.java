package dev.handbook.cli;

import static dev.handbook.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.content.PathDisplay;
import dev.handbook.testing.CliRun;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and diagnostics of the command line, captured through picocli's writers. */
class CliTest {
  @TempDir Path temp;

  @Test
  void successfulBuildPrintsOneSummaryLineAndWhereToOpenIt() {
    Path site = temp.resolve("site");
    CliRun run = run("build", "--content", Fixtures.fixtureContent("small").toString(),
        "--templates", Fixtures.templates().toString(), "--out", site.toString(), "--strict");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().matches("(?s)built 4 pages \\(vi 1, en 2, fa 1\\), 0 warnings in \\d+ ms\nopen file:.*index.html\n"),
        run.out());
    assertEquals("", run.err());
    assertTrue(Files.exists(site.resolve("fa/questions/index.html")));
  }

  @Test
  void quietPrintsNothingOnSuccess() {
    CliRun run = run("build", "--quiet", "--content", Fixtures.fixtureContent("small").toString(),
        "--templates", Fixtures.templates().toString(), "--out", temp.resolve("site").toString());
    assertEquals(0, run.exit());
    assertEquals("", run.out());
  }

  @Test
  void contentErrorExitsOneWithLocatedDiagnosticAndNoStackTrace() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    Files.writeString(content.resolve("en/notes.md"), "---\ntitle: Notes\ncolour: red\n---\n\nText\n");
    CliRun run = run("build", "--content", content.toString(), "--templates", Fixtures.templates().toString(),
        "--out", temp.resolve("site").toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("en/notes.md:3:1: error: unknown key 'colour' in front matter"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void warningsFailOnlyUnderStrict() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    Files.writeString(content.resolve("en/extra.md"), "---\ntitle: Extra\n---\n\n/// mystery\nKept text.\n///\n");
    String[] common = {"--content", content.toString(), "--templates", Fixtures.templates().toString()};
    CliRun lenient = run(concat(new String[] {"build", "--out", temp.resolve("a").toString()}, common));
    assertEquals(0, lenient.exit(), lenient.err());
    assertTrue(lenient.err().contains("en/extra.md:5:1: warning:"), lenient.err());
    CliRun strict = run(concat(new String[] {"build", "--strict", "--out", temp.resolve("b").toString()}, common));
    assertEquals(1, strict.exit());
    assertTrue(strict.err().contains("en/extra.md:5:1: error:"), strict.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("build", "--no-such-option").exit());
    assertEquals(2, run("no-such-command").exit());
    CliRun badUrl = run("build", "--base-url", "not a url");
    assertEquals(2, badUrl.exit());
    assertTrue(badUrl.err().contains("--base-url must be an http(s) URL"), badUrl.err());
  }

  @Test
  void aMissingContentFolderIsAUsageErrorOfEveryCommandThatReadsIt() {
    Path missing = temp.resolve("nowhere");
    for (String command : new String[] {"build", "check", "serve"}) {
      CliRun run = run(concat(new String[] {command, "--content", missing.toString()}, anyPort(command)));
      assertEquals(2, run.exit(), command);
      assertEquals("handbook: content folder not found: " + shown(missing)
          + "\n    hint: run from the handbook's folder or pass --content DIR\n"
          + "Try 'handbook " + command + " --help' for usage.\n", run.err(), command);
    }
  }

  @Test
  void anOutputTheBuildMayNotReplaceIsAUsageErrorFoundBeforeReading() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
    String[][] rows = {
      {content.toString(), "refusing to write the site into " + shown(content) + ": it is or contains the content, the templates or the repository",
          "use --out site (the default) or another empty folder"},
      {file.toString(), "the output folder " + shown(file) + " is a file, not a folder",
          "choose a folder for --out, e.g. site"},
    };
    for (String command : new String[] {"build", "serve"}) {
      for (String[] row : rows) {
        CliRun run = run(concat(new String[] {command, "--content", content.toString(), "--out", row[0]},
            anyPort(command)));
        assertEquals(2, run.exit(), row[0]);
        assertEquals("handbook: " + row[1] + "\n    hint: " + row[2] + "\nTry 'handbook " + command
            + " --help' for usage.\n", run.err(), row[0]);
      }
    }
    assertEquals("mine", Files.readString(file));
  }

  /** Arguments, then the exact stderr: the command named once, an unknown command with the list of commands. */
  private static final String[][] USAGE_ERRORS = {
    {"frobnicate", "handbook: unknown command 'frobnicate'\nThe commands are: build, check, serve, new.\n"
        + "Try 'handbook --help' for usage.\n"},
    {"buidl", "handbook: unknown command 'buidl'; did you mean 'build'?\n"
        + "The commands are: build, check, serve, new.\nTry 'handbook --help' for usage.\n"},
    {"--bogus", "handbook: Unknown option: '--bogus'\nTry 'handbook --help' for usage.\n"},
    {"build --bogus", "handbook: Unknown option: '--bogus'\nTry 'handbook build --help' for usage.\n"},
    {"build stray", "handbook: Unmatched argument at index 1: 'stray'\nTry 'handbook build --help' for usage.\n"},
    {"help nosuch", "handbook: Unknown subcommand 'nosuch'.\nTry 'handbook --help' for usage.\n"},
  };

  @Test
  void usageErrorsSayWhatWasWrongAndWhereTheHelpIs() {
    for (String[] row : USAGE_ERRORS) {
      CliRun run = run(row[0].split(" "));
      assertEquals(2, run.exit(), row[0]);
      assertEquals(row[1], run.err(), row[0]);
      assertEquals("", run.out(), row[0]);
    }
  }

  @Test
  void noCommandIsWrongUsageAndPrintsTheUsageOnStderr() {
    CliRun run = run();
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("Usage: handbook ") && run.err().contains("  build "), run.err());
  }

  @Test
  void helpAndVersionExitZero() {
    CliRun help = run("--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("build"), help.out());
    CliRun version = run("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("handbook "), version.out());
  }

  private static String shown(Path path) {
    return new PathDisplay(Path.of("")).of(path);
  }

  /** For serve: a free port, so that a check that let it through would not find the port taken. */
  private static String[] anyPort(String command) {
    return command.equals("serve") ? new String[] {"--port", "0"} : new String[0];
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
