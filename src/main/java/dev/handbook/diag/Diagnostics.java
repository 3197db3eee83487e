package dev.handbook.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A thread-safe collector of diagnostics; pages are processed in parallel, so every stage reports here.
 * The sorted view is deterministic: by path, line, column, then message.
 */
public final class Diagnostics {
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void report(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public synchronized void reportAll(List<Diagnostic> diagnostics) {
    items.addAll(diagnostics);
  }

  /** Every diagnostic, sorted, with warnings promoted to errors when {@code strict}. */
  public synchronized List<Diagnostic> sorted(boolean strict) {
    List<Diagnostic> copy = new ArrayList<>(items.size());
    for (Diagnostic d : items) {
      copy.add(strict && !d.isError() ? d.withSeverity(Severity.ERROR) : d);
    }
    // A page body rendered twice (chapter and print page) reports the same problem twice: keep one.
    return copy.stream().distinct().sorted(ORDER).toList();
  }

  public synchronized boolean hasErrors(boolean strict) {
    return items.stream().anyMatch(d -> strict || d.isError());
  }

  public synchronized long warningCount() {
    return items.stream().distinct().filter(d -> !d.isError()).count();
  }
}
