package dev.handbook.markdown.internal;

import dev.handbook.markdown.HtmlText;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;

/**
 * Code block contents as HTML, highlighted at build time so readers download no highlighter. The lexers
 * are RSyntaxTextArea's token makers (maintained, no dependencies, one per language, pure Java); only
 * their scanners run, never a Swing component. Tokens become {@code <span class="hl-x">} with a handful
 * of classes the stylesheet colours in both themes; unknown languages are escaped text.
 */
final class SyntaxHighlighter {
  /** Fence names, lower case, to a fresh lexer: lexers keep state, so each block gets its own. */
  private static final Map<String, Supplier<TokenMaker>> LEXERS = Map.ofEntries(
      Map.entry("python", PythonTokenMaker::new),
      Map.entry("py", PythonTokenMaker::new),
      Map.entry("bash", UnixShellTokenMaker::new),
      Map.entry("sh", UnixShellTokenMaker::new),
      Map.entry("shell", UnixShellTokenMaker::new),
      Map.entry("console", UnixShellTokenMaker::new),
      Map.entry("sql", SQLTokenMaker::new),
      Map.entry("json", JsonTokenMaker::new),
      Map.entry("html", HTMLTokenMaker::new),
      Map.entry("xml", XMLTokenMaker::new));

  private SyntaxHighlighter() {}

  static String highlight(String language, String code) {
    Supplier<TokenMaker> lexer = LEXERS.get(language.toLowerCase(Locale.ROOT));
    if (lexer == null) {
      return HtmlText.escape(code);
    }
    TokenMaker tokens = lexer.get();
    StringBuilder out = new StringBuilder(code.length() * 2);
    int state = TokenTypes.NULL;
    String[] lines = code.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      char[] chars = lines[i].toCharArray();
      appendLine(out, tokens.getTokenList(new Segment(chars, 0, chars.length), state, 0));
      // Read after the list is consumed: the lexer reuses its token objects on every call.
      state = tokens.getLastTokenTypeOnLine(new Segment(chars, 0, chars.length), state);
    }
    return out.toString();
  }

  /**
   * One line's tokens. Neighbours of the same class share one span (with the spaces between them) to keep
   * the page small; spaces at a span's edge stay outside it.
   */
  private static void appendLine(StringBuilder out, Token first) {
    String open = null;
    StringBuilder spaces = new StringBuilder();
    for (Token token = first; token != null && token.isPaintable(); token = token.getNextToken()) {
      if (token.isWhitespace()) {
        spaces.append(token.getLexeme());
        continue;
      }
      String cls = cssClass(token.getType());
      if ("hl-n".equals(cls) && isNumberType(token.getType()) && !token.getLexeme().matches(".*\\d.*")) {
        cls = null; // the SQL lexer calls the dot of "book.id" a number
      }
      if (!Objects.equals(cls, open)) {
        if (open != null) {
          out.append("</span>");
        }
        out.append(spaces);
        if (cls != null) {
          out.append("<span class=\"").append(cls).append("\">");
        }
        open = cls;
      } else {
        out.append(spaces);
      }
      spaces.setLength(0);
      out.append(HtmlText.escape(token.getLexeme()));
    }
    if (open != null) {
      out.append("</span>");
    }
    out.append(spaces);
  }

  private static boolean isNumberType(int type) {
    return type == TokenTypes.LITERAL_NUMBER_DECIMAL_INT || type == TokenTypes.LITERAL_NUMBER_FLOAT
        || type == TokenTypes.LITERAL_NUMBER_HEXADECIMAL;
  }

  /** A small palette: comment, keyword, string, number, function, type/decorator, variable, tag, attribute. */
  private static String cssClass(int type) {
    switch (type) {
      case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
          TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT:
        return "hl-c";
      case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2:
        return "hl-k";
      case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
          TokenTypes.REGEX, TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.ERROR_STRING_DOUBLE,
          TokenTypes.ERROR_CHAR, TokenTypes.MARKUP_CDATA:
        return "hl-s";
      case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
          TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.LITERAL_BOOLEAN, TokenTypes.MARKUP_ENTITY_REFERENCE:
        return "hl-n";
      case TokenTypes.FUNCTION:
        return "hl-f";
      case TokenTypes.DATA_TYPE, TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD,
          TokenTypes.MARKUP_PROCESSING_INSTRUCTION:
        return "hl-t";
      case TokenTypes.VARIABLE:
        return "hl-v";
      case TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_CDATA_DELIMITER:
        return "hl-g";
      case TokenTypes.MARKUP_TAG_ATTRIBUTE:
        return "hl-a";
      default:
        return null;
    }
  }
}
