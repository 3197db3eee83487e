package dev.handbook.search;

/** Shortens body text for result snippets: whitespace collapsed, cut at a space, never mid-character. */
final class Snippets {
  /** Long enough to show a match in context, short enough to keep document files small. */
  static final int MAX_CHARS = 240;
  /** How far back from the limit a space may be to cut there instead of mid-word. */
  private static final int WORD_SLACK = 40;

  private Snippets() {}

  static String of(String text) {
    String s = collapsedPrefix(text.strip());
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

  /**
   * The text with every run of ASCII white space ({@code \\s}) as one space, up to one character past the limit:
   * a section's body is long and only its start is shown.
   */
  private static String collapsedPrefix(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 1));
    boolean inRun = false;
    for (int i = 0; i < text.length() && out.length() <= MAX_CHARS; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }
}
