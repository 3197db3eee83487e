package dev.handbook.diag;

import java.util.Objects;

/**
 * One problem found in the handbook's sources, located precisely enough for an editor to jump to it.
 *
 * @param severity error or warning
 * @param code stable lint code, e.g. {@code block-unclosed}; part of the JSON schema of {@code check}
 * @param path file path as the user should see it (relative to the working directory when possible)
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong, one sentence
 * @param hint how to fix it, or empty
 */
public record Diagnostic(
    Severity severity, String code, String path, int line, int column, String message, String hint) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(String code, String path, int line, int column, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, path, line, column, message, hint);
  }

  public static Diagnostic warning(String code, String path, int line, int column, String message, String hint) {
    return new Diagnostic(Severity.WARNING, code, path, line, column, message, hint);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(newSeverity, code, path, line, column, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col: error: message}, then the hint on its own indented line. */
  public String format() {
    StringBuilder out = new StringBuilder(path);
    out.append(':').append(Math.max(line, 1)).append(':').append(Math.max(column, 1));
    out.append(": ").append(severity.label()).append(": ").append(message);
    if (!hint.isEmpty()) {
      out.append("\n    hint: ").append(hint);
    }
    return out.toString();
  }
}
