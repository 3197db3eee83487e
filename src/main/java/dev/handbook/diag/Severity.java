package dev.handbook.diag;

/** How serious a diagnostic is; {@code --strict} promotes warnings to errors. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
