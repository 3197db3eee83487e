package dev.handbook.markdown;

/** Escaping for text and attribute values in HTML we write by hand. */
public final class HtmlText {
  private HtmlText() {}

  public static String escape(CharSequence text) {
    return escape(text, false);
  }

  /**
   * As {@link #escape}, and {@code '} as {@code &#39;}: the bytes Pebble's own HTML autoescaping writes, which the
   * templates keep.
   */
  public static String escapeWithApostrophe(CharSequence text) {
    return escape(text, true);
  }

  private static String escape(CharSequence text, boolean apostrophe) {
    int first = firstSpecial(text, apostrophe);
    if (first < 0) {
      return text.toString(); // most text has nothing to escape: no copy through a builder
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append(apostrophe ? "&#39;" : "'");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@link #escape} would change the text: it holds one of {@code & < > "}. */
  public static boolean needsEscape(CharSequence text) {
    return firstSpecial(text, false) >= 0;
  }

  private static int firstSpecial(CharSequence text, boolean apostrophe) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || (apostrophe && c == '\'')) {
        return i;
      }
    }
    return -1;
  }
}
