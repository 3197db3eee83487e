package dev.handbook.cli;

import java.util.Arrays;

/** Entry point of the {@code handbook} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exit;
    try {
      exit = HandbookCommand.commandLine().execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli handles exceptions only; a JVM error still gets one line and a hint, not a trace.
      System.err.println("handbook: internal error: " + e);
      if (Arrays.asList(args).contains("--debug")) {
        e.printStackTrace();
      } else {
        System.err.println(e instanceof OutOfMemoryError
            ? "The build ran out of memory; give Java more with JAVA_TOOL_OPTIONS=-Xmx2g, or rerun with --debug."
            : "Rerun with --debug to see the stack trace, and report it with the command you ran.");
      }
      exit = ExitCodes.INTERNAL;
    }
    System.exit(exit);
  }
}
