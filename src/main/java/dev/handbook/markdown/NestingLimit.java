package dev.handbook.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses Markdown nested deeper than any reader can follow: parsing, analysing and rendering walk the tree
 * recursively, and a few thousand block quotes, list items or emphasis markers inside each other would exhaust
 * the stack (and, for lists, cost the parser quadratic time). A located error instead of a crash.
 */
public final class NestingLimit {
  /** Deepest allowed tree: far beyond real notes, far below what exhausts a thread's stack. */
  public static final int MAX_DEPTH = 128;
  public static final String CODE = "markdown-too-deep";
  private static final String HINT = "flatten the nesting: close quotes and lists before opening new ones";

  private NestingLimit() {}

  /**
   * Before parsing: block quotes and list items stacked deeper than the limit, estimated line by line from
   * {@code >} markers, list markers and the indentation of the list items still open. Cheap, and it spares the
   * parser the input that is slowest to parse.
   */
  public static void checkSource(String body, DocumentContext context) {
    Deque<Integer> openItems = new ArrayDeque<>(); // content columns of list items on earlier lines
    String fence = null;
    int lineIndex = 0;
    for (int start = 0; start <= body.length(); lineIndex++) {
      int end = body.indexOf('\n', start);
      String line = body.substring(start, end < 0 ? body.length() : end);
      start = end < 0 ? body.length() + 1 : end + 1;
      String stripped = line.strip();
      if (fence != null) {
        fence = stripped.startsWith(fence) ? null : fence;
        continue;
      }
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fence = stripped.substring(0, 3);
        continue;
      }
      if (stripped.isEmpty()) {
        continue;
      }
      checkLine(line, lineIndex, openItems, context);
    }
  }

  private static void checkLine(String line, int lineIndex, Deque<Integer> openItems, DocumentContext context) {
    int pos = 0;
    int column = 0;
    int quotes = 0;
    int markers = 0;
    int indent = -1;
    int lastContentColumn = -1;
    while (pos < line.length()) {
      char c = line.charAt(pos);
      if (c == ' ' || c == '\t') {
        column = c == '\t' ? (column / 4 + 1) * 4 : column + 1;
        pos++;
        continue;
      }
      if (indent < 0) {
        indent = column;
        while (quotes == 0 && !openItems.isEmpty() && openItems.peekLast() > indent) {
          openItems.removeLast();
        }
      }
      int markerEnd = c == '>' ? pos + 1 : listMarkerEnd(line, pos);
      if (markerEnd < 0) {
        break;
      }
      if (c == '>') {
        quotes++;
      } else {
        markers++;
      }
      if (quotes + markers + (quotes == 0 ? openItems.size() : 0) > MAX_DEPTH) {
        throw tooDeep(context, context.fileLine(lineIndex), line.codePointCount(0, pos) + 1);
      }
      column += markerEnd - pos;
      pos = markerEnd;
      lastContentColumn = column + 1;
    }
    if (quotes == 0 && markers > 0) {
      openItems.addLast(lastContentColumn);
    }
  }

  /** The end of a list marker ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) and a space, or -1. */
  private static int listMarkerEnd(String line, int pos) {
    char c = line.charAt(pos);
    int end;
    if (c == '-' || c == '+' || c == '*') {
      end = pos + 1;
    } else {
      end = pos;
      while (end < line.length() && end - pos < 9 && Character.isDigit(line.charAt(end)) && line.charAt(end) < 128) {
        end++;
      }
      if (end == pos || end >= line.length() || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
        return -1;
      }
      end++;
    }
    return end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t') ? end : -1;
  }

  /**
   * After parsing: the first node deeper than the limit, whatever made it (emphasis, links, inline HTML...).
   * A list and its item count as one level, as a reader sees them.
   */
  public static void checkTree(Document document, DocumentContext context) {
    int ancestors = 0; // counted ancestors of node
    Node node = document.getFirstChild();
    while (node != null) {
      if (ancestors + weight(node) > MAX_DEPTH) {
        throw tooDeep(context, document, node);
      }
      if (node.getFirstChild() != null) {
        ancestors += weight(node);
        node = node.getFirstChild();
        continue;
      }
      while (node != null && node != document && node.getNext() == null) {
        node = node.getParent();
        ancestors -= node == null || node == document ? 0 : weight(node);
      }
      node = node == null || node == document ? null : node.getNext();
    }
  }

  private static int weight(Node node) {
    return node instanceof ListBlock ? 0 : 1;
  }

  private static ContentException tooDeep(DocumentContext context, Document document, Node node) {
    BasedSequence base = document.getChars();
    int offset = Math.min(Math.max(node.getStartOffset(), 0), base.length());
    int lineStart = offset;
    while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    String prefix = base.subSequence(lineStart, offset).toString();
    return tooDeep(context, context.fileLine(document.getLineNumber(offset)),
        prefix.codePointCount(0, prefix.length()) + 1);
  }

  private static ContentException tooDeep(DocumentContext context, int line, int column) {
    return new ContentException(Diagnostic.error(CODE, context.sourcePath(), line, column,
        "Markdown is nested more than " + MAX_DEPTH + " levels deep (quotes, lists, emphasis or links inside each "
            + "other)", HINT));
  }
}
