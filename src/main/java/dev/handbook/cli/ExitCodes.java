package dev.handbook.cli;

/** The exit codes every subcommand uses. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
