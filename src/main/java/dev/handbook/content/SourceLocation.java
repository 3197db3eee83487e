package dev.handbook.content;

/** Where something was written: the file as the user sees its path, 1-based line and column. */
public record SourceLocation(String path, int line, int column) {
  public static SourceLocation file(String path) {
    return new SourceLocation(path, 1, 1);
  }
}
