package dev.handbook.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The text of flexmark's sequences as strings. flexmark's own {@code toString()} copies a sequence one character
 * at a time; a plain slice of the parsed page, which most nodes' text is, is a substring of it instead.
 */
public final class Sequences {
  private Sequences() {}

  /** The same characters as {@code chars.toString()}. */
  public static String string(BasedSequence chars) {
    if (chars instanceof SubSequence slice && slice.getBase() instanceof String page) {
      return page.substring(slice.getStartOffset(), slice.getEndOffset());
    }
    return chars.toString();
  }

  /** The same text as {@code chars.unescape()}: backslash escapes and entities replaced. */
  public static String unescaped(BasedSequence chars) {
    return unescaped(string(chars));
  }

  /**
   * The same text as {@code Escaping.unescapeString(text)}. Most text has neither a backslash nor an ampersand,
   * and is returned as it is; flexmark would look for them with a regular expression first.
   */
  public static String unescaped(String text) {
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
  }
}
