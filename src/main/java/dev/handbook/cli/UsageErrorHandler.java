package dev.handbook.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Wrong usage: one {@code handbook: ...} line, the way to the command's help, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    String command = unknownCommand(ex);
    if (command != null) {
      List<String> suggestions = ((UnmatchedArgumentException) ex).getSuggestions();
      err.println("handbook: unknown command '" + command + "'"
          + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?"));
      err.println("The commands are: " + String.join(", ", commands(cli.getCommandSpec())) + ".");
    } else {
      err.println("handbook: " + ex.getMessage());
    }
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * The word typed where a command with subcommands expects one, or null: picocli only says that it matched
   * nothing.
   */
  private static String unknownCommand(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
        && !unmatched.getCommandLine().getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()) {
      return unmatched.getUnmatched().get(0);
    }
    return null;
  }

  /** The commands a user is meant to type: not the hidden ones, not {@code help} (it is in --help). */
  private static List<String> commands(CommandSpec spec) {
    return spec.subcommands().entrySet().stream()
        .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
        .filter(e -> !(e.getValue().getCommand() instanceof CommandLine.HelpCommand))
        .map(e -> e.getKey())
        .distinct()
        .toList();
  }
}
