package dev.handbook.markdown.html;

/**
 * One thing the sanitizer removed from raw HTML.
 *
 * @param kind what was removed
 * @param element the element's lower-case name, e.g. {@code script}
 * @param attribute the attribute's name for {@link Kind#ATTRIBUTE} and {@link Kind#URL}, else empty
 * @param value the rejected URL for {@link Kind#URL} (shortened), else empty
 * @param offset where in the sanitized input the tag starts (0-based char index), to locate it in the source
 */
public record Removal(Kind kind, String element, String attribute, String value, int offset) {
  /** What was removed. */
  public enum Kind {
    /** An element that is not allowed (its tags; its content too for script, style, iframe...). */
    ELEMENT,
    /** An attribute that is not allowed on that element. */
    ATTRIBUTE,
    /** A URL with a scheme other than http, https or mailto (javascript:, vbscript:, data:...). */
    URL,
    /** A doctype, processing instruction or CDATA section. */
    MARKUP
  }

  /** A one-line message, e.g. {@code removed <script> from raw HTML}. */
  public String message() {
    return switch (kind) {
      case ELEMENT -> "removed <" + element + "> from raw HTML";
      case ATTRIBUTE -> "removed attribute '" + attribute + "' of <" + element + "> from raw HTML";
      case URL -> "removed unsafe URL '" + value + "' in <" + element + " " + attribute + "> from raw HTML";
      case MARKUP -> "removed " + element + " from raw HTML";
    };
  }
}
