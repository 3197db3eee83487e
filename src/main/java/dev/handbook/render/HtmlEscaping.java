package dev.handbook.render;

import dev.handbook.markdown.HtmlText;
import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's autoescaping for HTML, with the output of its own ({@code & < > " '} become {@code &amp; &lt; &gt;
 * &quot; &#39;}) but without a copy for text that holds none of them, which is nearly all text: a topic page of
 * a large handbook prints tens of thousands of titles.
 */
final class HtmlEscaping implements EscapingStrategy {
  @Override
  public String escape(String input) {
    return HtmlText.escapeWithApostrophe(input);
  }
}
