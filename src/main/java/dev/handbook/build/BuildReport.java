package dev.handbook.build;

import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a build.
 *
 * @param pagesPerLanguage chapter pages per language code, in language order
 * @param diagnostics everything reported, sorted, with --strict already applied
 * @param stepMillis how long each step took, in pipeline order
 * @param totalMillis wall time of the whole build
 * @param written whether the output folder was replaced
 * @param topics every section and question with its topics and the reason for each
 */
public record BuildReport(Map<String, Integer> pagesPerLanguage, List<Diagnostic> diagnostics,
    Map<String, Long> stepMillis, long totalMillis, boolean written, dev.handbook.topics.TopicIndex topics) {
  public BuildReport {
    pagesPerLanguage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pagesPerLanguage));
    diagnostics = List.copyOf(diagnostics);
    stepMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stepMillis));
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }

  public boolean failed() {
    return errorCount() > 0;
  }

  /** "built 9 pages (vi 1, en 7, fa 1), 0 warnings in 812 ms". */
  public String summary() {
    int total = pagesPerLanguage.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder perLanguage = new StringBuilder();
    pagesPerLanguage.forEach((lang, n) -> {
      if (perLanguage.length() > 0) {
        perLanguage.append(", ");
      }
      perLanguage.append(lang).append(' ').append(n);
    });
    return (written ? "built " : "checked ") + total + " pages (" + perLanguage + "), " + warningCount()
        + (warningCount() == 1 ? " warning" : " warnings") + " in " + totalMillis + " ms";
  }
}
