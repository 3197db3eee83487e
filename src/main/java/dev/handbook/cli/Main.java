package dev.handbook.cli;

import picocli.CommandLine;

/** Entry point of the {@code handbook} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(HandbookCommand.commandLine().execute(args));
  }
}
