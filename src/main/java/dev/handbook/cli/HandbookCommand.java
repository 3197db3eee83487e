package dev.handbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: only dispatches to subcommands; without one it is wrong usage, as in git. */
@Command(
    name = "handbook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a multilingual study handbook from Markdown into a static site.",
    subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
        BenchCorpusCommand.class, BenchRebuildCommand.class, CommandLine.HelpCommand.class})
public final class HandbookCommand implements Callable<Integer> {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** A configured command line: usage errors exit 2, internal errors print one line and exit 3. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new HandbookCommand());
    cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    return cli;
  }
}
