package dev.handbook.cli;

import dev.handbook.diag.ContentException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * What reaches here is a bug or an I/O failure, never a content problem (those are diagnostics): one line
 * and a hint, the stack trace only with {@code --debug}.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (ex instanceof ContentException content) {
      content.diagnostics().forEach(d -> err.println(d.format()));
      return ExitCodes.CONTENT_ERRORS;
    }
    boolean debug = Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--debug");
    err.println("handbook: internal error: " + ex);
    if (debug) {
      ex.printStackTrace(err);
    } else {
      err.println("Rerun with --debug to see the stack trace, and report it with the command you ran.");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
