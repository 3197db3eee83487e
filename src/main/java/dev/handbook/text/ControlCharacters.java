package dev.handbook.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Control characters that HTML does not allow in a document: C0 controls other than tab, line feed, form feed and
 * carriage return, DEL and the C1 controls. A page never shows them; the build turns them into U+FFFD (the
 * replacement character) wherever text can bring them: written as they are, or as a numeric character reference.
 */
public final class ControlCharacters {
  /** A decimal or hexadecimal character reference, e.g. {@code &#1;} or {@code &#x9F;}. */
  private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

  private ControlCharacters() {}

  public static boolean forbidden(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  /** The text with every forbidden control character replaced by U+FFFD; the same string when there is none. */
  public static String replaced(String text) {
    int first = firstForbidden(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = first; i < out.length(); i++) {
      if (forbidden(out.charAt(i))) {
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out.toString();
  }

  /** Prose whose numeric character references to forbidden controls become {@code &#xFFFD;}. */
  static String replacedReferences(String prose) {
    if (prose.indexOf("&#") < 0) {
      return prose;
    }
    Matcher m = NUMERIC_REFERENCE.matcher(prose);
    StringBuilder out = new StringBuilder(prose.length());
    while (m.find()) {
      long code = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
      m.appendReplacement(out, code <= 0x9F && forbidden((int) code) ? "&#xFFFD;" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int firstForbidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (forbidden(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
