package dev.handbook.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's autoescaping for HTML, with the output of its own ({@code & < > " '} become {@code &amp; &lt; &gt;
 * &quot; &#39;}) but without a copy for text that holds none of them, which is nearly all text: a topic page of
 * a large handbook prints tens of thousands of titles.
 */
final class HtmlEscaping implements EscapingStrategy {
  @Override
  public String escape(String input) {
    int first = firstSpecial(input);
    if (first < 0) {
      return input;
    }
    StringBuilder out = new StringBuilder(input.length() + 16).append(input, 0, first);
    for (int i = first; i < input.length(); i++) {
      char c = input.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstSpecial(String input) {
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return i;
      }
    }
    return -1;
  }
}
