package dev.handbook.markdown;

/** Escaping for text and attribute values in HTML we write by hand. */
public final class HtmlText {
  private HtmlText() {}

  public static String escape(CharSequence text) {
    if (!needsEscape(text)) {
      return text.toString(); // most text has nothing to escape: no copy through a builder
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@link #escape} would change the text: it holds one of {@code & < > "}. */
  public static boolean needsEscape(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"') {
        return true;
      }
    }
    return false;
  }
}
