package dev.handbook.search;

import dev.handbook.text.Whitespace;

/** Shortens body text for result snippets: whitespace collapsed, cut at a space, never mid-character. */
final class Snippets {
  /** Long enough to show a match in context, short enough to keep document files small. */
  static final int MAX_CHARS = 240;
  /** How far back from the limit a space may be to cut there instead of mid-word. */
  private static final int WORD_SLACK = 40;

  private Snippets() {}

  static String of(String text) {
    // Only the start is shown: one character past the limit tells whether it is cut.
    String s = Whitespace.collapse(text.strip(), MAX_CHARS + 1);
    if (s.length() <= MAX_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX_CHARS);
    if (cut < MAX_CHARS - WORD_SLACK) {
      cut = MAX_CHARS;
      if (Character.isLowSurrogate(s.charAt(cut)) && Character.isHighSurrogate(s.charAt(cut - 1))) {
        cut--;
      }
    }
    return s.substring(0, cut).strip() + "…";
  }
}
