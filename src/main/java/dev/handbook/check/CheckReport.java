package dev.handbook.check;

import dev.handbook.diag.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code handbook check} found.
 *
 * @param pagesPerLanguage pages read per language code, in language order
 * @param unansweredPerLanguage questions without an answer per language code, in language order
 * @param diagnostics build diagnostics and content lints, sorted, with --strict already applied
 * @param strict whether warnings were promoted to errors
 */
public record CheckReport(Map<String, Integer> pagesPerLanguage, Map<String, Integer> unansweredPerLanguage,
    List<Diagnostic> diagnostics, boolean strict) {
  public CheckReport {
    pagesPerLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(pagesPerLanguage));
    unansweredPerLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(unansweredPerLanguage));
    diagnostics = List.copyOf(diagnostics);
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }

  /** Errors exist (under --strict every warning already is one). */
  public boolean failed() {
    return errorCount() > 0;
  }

  /** "checked 9 pages (vi 1, en 7, fa 1): 0 errors, 4 warnings; questions without an answer: vi 0, en 3, fa 20". */
  public String summary() {
    if (pagesPerLanguage.isEmpty()) {
      // handbook.yml or topics.yml could not be read, so no language is known and no page was read.
      return "checked no pages (the configuration has errors): " + errorCount()
          + (errorCount() == 1 ? " error, " : " errors, ") + warningCount()
          + (warningCount() == 1 ? " warning" : " warnings");
    }
    int total = pagesPerLanguage.values().stream().mapToInt(Integer::intValue).sum();
    return "checked " + total + (total == 1 ? " page (" : " pages (") + list(pagesPerLanguage) + "): "
        + errorCount() + (errorCount() == 1 ? " error, " : " errors, ")
        + warningCount() + (warningCount() == 1 ? " warning" : " warnings")
        + "; questions without an answer: " + list(unansweredPerLanguage);
  }

  private static String list(Map<String, Integer> counts) {
    StringBuilder out = new StringBuilder();
    counts.forEach((lang, n) -> out.append(out.length() == 0 ? "" : ", ").append(lang).append(' ').append(n));
    return out.toString();
  }
}
