package dev.handbook.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: only dispatches to subcommands. */
@Command(
    name = "handbook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a multilingual study handbook from Markdown into a static site.",
    subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
        BenchCorpusCommand.class, BenchRebuildCommand.class, CommandLine.HelpCommand.class})
public final class HandbookCommand implements Runnable {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A configured command line: usage errors exit 2, internal errors print one line and exit 3. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new HandbookCommand());
    cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cli.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("handbook: " + ex.getMessage());
      err.println("Try 'handbook " + ex.getCommandLine().getCommandName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    return cli;
  }
}
