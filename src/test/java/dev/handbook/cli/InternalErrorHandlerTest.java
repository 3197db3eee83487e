package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The last line of defence: content problems print as diagnostics, bugs as one line (a trace only on --debug). */
class InternalErrorHandlerTest {
  private final StringWriter err = new StringWriter();

  private int handle(Exception problem, String... args) {
    CommandLine cli = HandbookCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    return new InternalErrorHandler().handleExecutionException(problem, cli, cli.parseArgs(args));
  }

  @Test
  void aContentProblemThatEscapedIsPrintedAsItsDiagnostics() {
    int exit = handle(new ContentException(Diagnostic.error("front-matter", "content/en/a.md", 3, 7,
        "title must be a single value", "write one line of text")), "build");
    assertEquals(ExitCodes.CONTENT_ERRORS, exit);
    assertEquals("content/en/a.md:3:7: error: title must be a single value\n    hint: write one line of text\n",
        err.toString());
  }

  @Test
  void aBugIsOneLineAndAHint() {
    int exit = handle(new IllegalStateException("index out of step"), "build");
    assertEquals(ExitCodes.INTERNAL, exit);
    assertEquals("handbook: internal error: java.lang.IllegalStateException: index out of step\n"
        + "Rerun with --debug to see the stack trace, and report it with the command you ran.\n", err.toString());
  }

  @Test
  void debugPrintsTheStackTrace() {
    int exit = handle(new IllegalStateException("index out of step"), "build", "--debug");
    assertEquals(ExitCodes.INTERNAL, exit);
    assertTrue(err.toString().startsWith("handbook: internal error: java.lang.IllegalStateException: index out of "
        + "step\njava.lang.IllegalStateException: index out of step\n\tat dev.handbook.cli.InternalErrorHandlerTest"),
        err.toString());
  }
}
