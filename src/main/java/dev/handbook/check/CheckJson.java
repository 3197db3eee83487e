package dev.handbook.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.diag.Diagnostic;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON form of a {@link CheckReport}: a stable, documented schema (README, "handbook check"), version 1.
 * Keys are always present and always in this order; a new key means a new version.
 *
 * <pre>
 * {"version": 1,
 *  "summary": {"strict": false, "pages": {"vi": 1}, "errors": 0, "warnings": 2, "unanswered": {"vi": 1}},
 *  "diagnostics": [{"file": "content/vi/a.md", "line": 3, "column": 1, "severity": "warning",
 *                   "code": "question-unanswered", "message": "...", "hint": "..."}]}
 * </pre>
 */
public final class CheckJson {
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CheckJson() {}

  public static String write(CheckReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", VERSION);
    ObjectNode summary = root.putObject("summary");
    summary.put("strict", report.strict());
    counts(summary.putObject("pages"), report.pagesPerLanguage());
    summary.put("errors", report.errorCount());
    summary.put("warnings", report.warningCount());
    counts(summary.putObject("unanswered"), report.unansweredPerLanguage());
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode item = diagnostics.addObject();
      item.put("file", d.path());
      item.put("line", Math.max(1, d.line()));
      item.put("column", Math.max(1, d.column()));
      item.put("severity", d.severity().label());
      item.put("code", d.code());
      item.put("message", d.message());
      item.put("hint", d.hint());
    }
    // Same bytes on every platform: two-space indent and '\n', never the system line separator.
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void counts(ObjectNode node, Map<String, Integer> counts) {
    counts.forEach(node::put);
  }
}
