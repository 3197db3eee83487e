package dev.handbook.markdown.block;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The block names this handbook knows, their options and default titles. */
public final class KnownBlocks {
  /** Blocks nested deeper than this are not parsed further (error {@code block-too-deep}). */
  public static final int MAX_DEPTH = 64;

  public static final String QBOX = "qbox";
  public static final String DETAILS = "details";
  public static final String ADMONITION = "admonition";
  public static final String TAB = "tab";

  /** Names that are admonitions with a fixed type: {@code /// note | Title}. */
  public static final List<String> ADMONITION_SHORTCUTS = List.of("note", "tip", "info", "warning", "danger");

  /** Every known name, sorted. */
  public static final List<String> NAMES =
      List.of("admonition", "danger", "details", "info", "note", "qbox", "tab", "tip", "warning");

  private static final Set<String> NAME_SET = Set.copyOf(NAMES);

  private static final Map<String, String> DEFAULT_TITLES = Map.ofEntries(
      Map.entry("note", "Note"),
      Map.entry("tip", "Tip"),
      Map.entry("info", "Info"),
      Map.entry("warning", "Warning"),
      Map.entry("danger", "Danger"),
      Map.entry("success", "Success"),
      Map.entry("question", "Question"),
      Map.entry("example", "Example"),
      Map.entry("quote", "Quote"),
      Map.entry("bug", "Bug"),
      Map.entry("failure", "Failure"),
      Map.entry("abstract", "Abstract"),
      Map.entry("details", "Details"),
      Map.entry("tab", "Tab"));

  private static final Map<String, List<String>> OPTIONS = Map.of(
      DETAILS, List.of("attrs", "open", "type"),
      ADMONITION, List.of("attrs", "type"),
      TAB, List.of("attrs", "new", "select"),
      "note", List.of("attrs"),
      "tip", List.of("attrs"),
      "info", List.of("attrs"),
      "warning", List.of("attrs"),
      "danger", List.of("attrs"));

  private KnownBlocks() {}

  public static boolean isKnown(String lowerCaseName) {
    return NAME_SET.contains(lowerCaseName);
  }

  public static boolean isAdmonition(String lowerCaseName) {
    return ADMONITION.equals(lowerCaseName) || ADMONITION_SHORTCUTS.contains(lowerCaseName);
  }

  /**
   * The option keys a known block accepts, sorted; null for {@code qbox} (its options belong to the question
   * pipeline) and for unknown names.
   */
  public static List<String> optionsOf(String lowerCaseName) {
    return OPTIONS.get(lowerCaseName);
  }

  /** The English default title of an admonition type or block name: "Note", "Tip", ... */
  public static String defaultTitle(String typeOrName) {
    String known = DEFAULT_TITLES.get(typeOrName);
    if (known != null) {
      return known;
    }
    if (typeOrName.isEmpty()) {
      return "Note";
    }
    return typeOrName.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + typeOrName.substring(1);
  }
}
