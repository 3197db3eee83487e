package dev.handbook.testing;

import dev.handbook.cli.HandbookCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code handbook} command line in this JVM, its output captured through picocli's writers.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int exit, String out, String err) {
  public static CliRun run(String... args) {
    CommandLine cli = HandbookCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
