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
    boolean inRun = false;
    for (int i = 0; i < text.length() && out.length() < limit; i++) {
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
