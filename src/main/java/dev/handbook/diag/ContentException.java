package dev.handbook.diag;

import java.util.List;

/**
 * Thrown when content problems make it impossible to continue (a config that cannot be read, a build with
 * errors). Carries the diagnostics; the CLI prints them and never the stack trace.
 */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public ContentException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "content error" : diagnostics.get(0).format(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public ContentException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
