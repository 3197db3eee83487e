package dev.handbook.markdown.block;

import java.util.List;
import java.util.Map;

/**
 * The options of one block, as read from the YAML lines under its header, with the problems found.
 *
 * @param values the mapping, deeply immutable (empty when there were none or they were invalid)
 * @param classes CSS classes from {@code attrs: {class: ...}} that passed validation
 * @param id the id from {@code attrs: {id: ...}}, or empty
 * @param problems what was wrong; each becomes a {@code block-options} warning
 */
public record BlockOptions(Map<String, Object> values, List<String> classes, String id, List<Problem> problems) {
  public static final BlockOptions EMPTY = new BlockOptions(Map.of(), List.of(), "", List.of());

  public BlockOptions {
    classes = List.copyOf(classes);
    problems = List.copyOf(problems);
  }

  /**
   * One problem in the options.
   *
   * @param line 0-based index of the option line it concerns (0 = the line right under the header)
   * @param message what is wrong
   * @param hint how to fix it
   */
  public record Problem(int line, String message, String hint) {}

  /** A boolean option; false when absent or not a boolean. */
  public boolean flag(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  /** A string option, or empty when absent or not a string. */
  public String string(String key) {
    return values.get(key) instanceof String s ? s : "";
  }
}
