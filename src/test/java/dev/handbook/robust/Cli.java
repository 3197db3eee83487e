package dev.handbook.robust;

import dev.handbook.testing.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.content.PathDisplay;
import dev.handbook.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Runs {@code handbook} in-process with captured output, the way a contributor sees it in a terminal. */
final class Cli {
  /** {@code path:line:col: error|warning: message}. */
  private static final Pattern DIAGNOSTIC = Pattern.compile(".+:\\d+:\\d+: (error|warning): .+");

  private Cli() {}

  /** What one run printed, and how it ended. */
  record Run(int exit, String out, String err) {
    /** The diagnostic lines of stderr, in the order printed (hints and the summary left out). */
    List<String> diagnostics() {
      List<String> lines = new ArrayList<>();
      err.lines().filter(l -> DIAGNOSTIC.matcher(l).matches()).forEach(lines::add);
      return lines;
    }

    /** The exit code, the exact diagnostics, and nothing that looks like a stack trace. */
    Run expect(int expectedExit, String... expectedDiagnostics) {
      assertEquals(List.of(expectedDiagnostics), diagnostics(), err);
      assertEquals(expectedExit, exit, err);
      assertNoStackTrace();
      return this;
    }

    /** Wrong usage, found before any work: exit 2, no diagnostic, stderr opening with the message. */
    Run expectUsage(String message) {
      assertEquals(List.of(), diagnostics(), err);
      assertEquals(2, exit, err);
      assertTrue(err.startsWith("handbook: " + message + "\n"), err);
      assertNoStackTrace();
      return this;
    }

    void assertNoStackTrace() {
      for (String sign : List.of("at dev.handbook", "\tat ", "Exception", "Error:", "Caused by")) {
        assertFalse(err.contains(sign), () -> "stack trace or exception name in stderr:\n" + err);
        assertFalse(out.contains(sign), () -> "stack trace or exception name in stdout:\n" + out);
      }
    }
  }

  static Run run(String... args) {
    CliRun run = CliRun.run(args);
    return new Run(run.exit(), run.out(), run.err());
  }

  /** {@code handbook build} of {@code content} with the project's templates into {@code out}. */
  static Run build(Path content, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("build", "--quiet", "--content", content.toString(),
        "--templates", Fixtures.templates().toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** A path as diagnostics show it: relative to the working directory when inside it. */
  static String shown(Path path) {
    return new PathDisplay(Path.of("")).of(path);
  }
}
