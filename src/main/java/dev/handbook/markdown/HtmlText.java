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
    StringBuilder out = new StringBuilder(text.length() + 16);
    int copied = 0; // text before this index is in out; runs with nothing to escape are copied whole
    for (int i = first; i < text.length(); i++) {
      String entity = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> apostrophe ? "&#39;" : null;
        default -> null;
      };
      if (entity != null) {
        out.append(text, copied, i).append(entity);
        copied = i + 1;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Whether {@link #escape} would change the text: it holds one of {@code & < > "}. */
  public static boolean needsEscape(CharSequence text) {
    return firstSpecial(text, false) >= 0;
  }

  private static int firstSpecial(CharSequence text, boolean apostrophe) {
    if (text instanceof String string) {
      // String.indexOf is a vectorized intrinsic: a few passes over the text beat one loop of charAt calls.
      int first = earliest(earliest(string.indexOf('&'), string.indexOf('<')),
          earliest(string.indexOf('>'), string.indexOf('"')));
      return apostrophe ? earliest(first, string.indexOf('\'')) : first;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || (apostrophe && c == '\'')) {
        return i;
      }
    }
    return -1;
  }

  private static int earliest(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }
}
