package dev.handbook.markdown.internal;

import dev.handbook.markdown.HtmlText;

/**
 * Code block contents as HTML. No maintained Java highlighter fits a static build (the candidates are
 * unmaintained or pull in a JavaScript engine), so code is shown plain and escaped; the class
 * {@code language-x} is kept for readers' own tools.
 */
final class SyntaxHighlighter {
  private SyntaxHighlighter() {}

  static String highlight(String language, String code) {
    return HtmlText.escape(code);
  }
}
