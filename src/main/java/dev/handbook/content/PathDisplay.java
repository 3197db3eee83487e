package dev.handbook.content;

import java.nio.file.Path;

/** Shows paths the way the user typed them: relative to the working directory when inside it. */
public final class PathDisplay {
  private final Path workingDir;

  public PathDisplay(Path workingDir) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
  }

  public String of(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    String shown = absolute.startsWith(workingDir) ? workingDir.relativize(absolute).toString() : absolute.toString();
    return shown.isEmpty() ? "." : shown.replace('\\', '/');
  }
}
