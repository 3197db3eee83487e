package dev.handbook.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = HandbookCommand.class.getPackage().getImplementationVersion();
    return new String[] {"handbook " + (version == null ? "dev" : version)};
  }
}
