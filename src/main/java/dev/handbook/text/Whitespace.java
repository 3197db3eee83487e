package dev.handbook.text;

/** White space as the plain texts of pages need it: runs of it shown as one space. */
public final class Whitespace {
  private Whitespace() {}

  /**
   * The text with every run of ASCII white space (what {@code \s} matches: space, tab, line feed, vertical tab,
   * form feed, carriage return) as one space, like {@code replaceAll("\\s+", " ")} without a regular expression;
   * only the first {@code limit} characters of the result are made.
   */
  public static String collapse(String text, int limit) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
    int i = 0;
    while (i < text.length() && out.length() < limit) {
      int runStart = i;
      int runEnd = (int) Math.min(text.length(), (long) i + limit - out.length());
      while (i < runEnd && !isSpace(text.charAt(i))) {
        i++;
      }
      out.append(text, runStart, i); // words are copied whole, not character by character
      if (i < text.length() && out.length() < limit) {
        out.append(' ');
        while (i < text.length() && isSpace(text.charAt(i))) {
          i++;
        }
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
