package dev.handbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every subcommand that reads the handbook. */
public final class ContentOptions {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Content folder with handbook.yml (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Templates folder (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  public Path content() {
    return content;
  }

  public Path templates() {
    return templates;
  }
}
