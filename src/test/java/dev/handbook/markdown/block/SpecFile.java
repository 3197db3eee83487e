package dev.handbook.markdown.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A flexmark-style spec file: prose, and examples fenced by 32 backticks.
 *
 * <pre>
 * ```````````````````````````````` example [options]: title
 * Markdown in
 * .
 * HTML out
 * .
 * diagnostics out, one a line (may be empty)
 * ````````````````````````````````
 * </pre>
 *
 * <p>In the Markdown, {@code →} stands for a tab. Options: {@code crlf} runs the example with CRLF line ends.
 */
final class SpecFile {
  static final String FENCE = "````````````````````````````````";

  record Example(int number, int line, String title, Set<String> options, String markdown, String html,
      String diagnostics, int startLine, int endLine) {}

  record Output(String html, String diagnostics) {}

  private SpecFile() {}

  static List<Example> parse(String text) {
    List<String> lines = text.lines().toList();
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.startsWith(FENCE + " example")) {
        continue;
      }
      String header = l.substring((FENCE + " example").length());
      Set<String> options = Set.of();
      String title = "";
      int colon = header.indexOf(':');
      String opts = colon < 0 ? header : header.substring(0, colon);
      if (colon >= 0) {
        title = header.substring(colon + 1).strip();
      }
      opts = opts.strip();
      if (opts.startsWith("[") && opts.endsWith("]")) {
        options = Set.of(opts.substring(1, opts.length() - 1).strip().split("\\s*,\\s*"));
      }
      List<List<String>> parts = new ArrayList<>(List.of(new ArrayList<>()));
      int j = i + 1;
      for (; j < lines.size() && !lines.get(j).equals(FENCE); j++) {
        if (lines.get(j).equals(".") && parts.size() < 3) {
          parts.add(new ArrayList<>());
        } else {
          parts.get(parts.size() - 1).add(lines.get(j));
        }
      }
      while (parts.size() < 3) {
        parts.add(new ArrayList<>());
      }
      String markdown = String.join("\n", parts.get(0)).replace('→', '\t');
      if (!parts.get(0).isEmpty()) {
        markdown += "\n";
      }
      out.add(new Example(out.size() + 1, i + 1, title, options, markdown,
          String.join("\n", parts.get(1)).stripTrailing(), String.join("\n", parts.get(2)).stripTrailing(), i, j));
      i = j;
    }
    return out;
  }

  /** The file with each example's expected sections replaced by {@code actual}'s. */
  static String rewrite(String text, List<Example> examples, Function<Example, Output> actual) {
    List<String> lines = text.lines().toList();
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (Example ex : examples) {
      for (int i = next; i <= ex.startLine(); i++) {
        out.append(lines.get(i)).append('\n');
      }
      // the Markdown section, kept as written
      int j = ex.startLine() + 1;
      while (j < ex.endLine() && !lines.get(j).equals(".")) {
        out.append(lines.get(j)).append('\n');
        j++;
      }
      Output got = actual.apply(ex);
      out.append(".\n");
      if (!got.html().isEmpty()) {
        out.append(got.html()).append('\n');
      }
      out.append(".\n");
      if (!got.diagnostics().isEmpty()) {
        out.append(got.diagnostics()).append('\n');
      }
      out.append(FENCE).append('\n');
      next = ex.endLine() + 1;
    }
    for (int i = next; i < lines.size(); i++) {
      out.append(lines.get(i)).append('\n');
    }
    return out.toString();
  }
}
