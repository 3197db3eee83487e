package dev.handbook.cli;

import dev.handbook.build.BuildReport;
import java.io.PrintWriter;

/** Prints diagnostics to stderr in the {@code path:line:col: severity: message} form. */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void print(BuildReport report, PrintWriter err) {
    report.diagnostics().forEach(d -> err.println(d.format()));
    err.flush();
  }
}
