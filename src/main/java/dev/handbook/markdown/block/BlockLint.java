package dev.handbook.markdown.block;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.diag.Diagnostic;
import dev.handbook.markdown.DocumentContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Problems with {@code ///} blocks in one parsed document, located at the block's opening line and the column
 * of its first {@code /} (file positions through the document's {@link DocumentContext}).
 *
 * <ul>
 *   <li>{@code block-unknown} (warning): a name that is not in {@link KnownBlocks#NAMES}; the body is still shown.
 *   <li>{@code block-unclosed} (warning): no closing fence; the block ran to the end of its container.
 *   <li>{@code block-options} (warning): option lines that are not a YAML mapping, or options the block rejects.
 *   <li>{@code block-too-deep} (error): nesting deeper than {@link KnownBlocks#MAX_DEPTH}.
 * </ul>
 */
public final class BlockLint {
  public static final String UNKNOWN = "block-unknown";
  public static final String UNCLOSED = "block-unclosed";
  public static final String OPTIONS = "block-options";
  public static final String TOO_DEEP = "block-too-deep";

  private BlockLint() {}

  /** Every block problem in {@code doc}, in source order. */
  public static List<Diagnostic> lint(Document doc) {
    DocumentContext ctx = DocumentContext.KEY.get(doc);
    String path = ctx == null ? "<input>" : ctx.sourcePath();
    List<Diagnostic> out = new ArrayList<>();
    // Iterative pre-order walk: the tree's depth is bounded by the parser, but other syntax nests too.
    Node node = doc.getFirstChild();
    while (node != null) {
      if (node instanceof BlockNode block) {
        check(block, doc, ctx, path, out);
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
      } else {
        while (node != null && node != doc && node.getNext() == null) {
          node = node.getParent();
        }
        node = node == null || node == doc ? null : node.getNext();
      }
    }
    out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
        .thenComparing(Diagnostic::code));
    return List.copyOf(out);
  }

  private static void check(BlockNode block, Document doc, DocumentContext ctx, String path, List<Diagnostic> out) {
    int lineIndex = block.getStartLineNumber();
    int line = ctx == null ? lineIndex + 1 : ctx.fileLine(lineIndex);
    BasedSequence base = doc.getChars();
    int markerOffset = block.getOpeningMarker().getStartOffset();
    int lineStart = lineStart(base, markerOffset);
    int column = columnOf(base, lineStart, markerOffset);
    String fence = "/".repeat(Math.max(3, block.fenceLength()));

    if (block.isTooDeep()) {
      out.add(Diagnostic.error(TOO_DEEP, path, line, column,
          "blocks are nested more than " + KnownBlocks.MAX_DEPTH + " deep; block '" + block.name()
              + "' and everything inside it is shown as plain text",
          "flatten the nesting: close outer blocks before opening new ones"));
      return;
    }
    if (!block.isKnown()) {
      String suggestion = closest(block.name());
      out.add(Diagnostic.warning(UNKNOWN, path, line, column,
          "unknown block name '" + block.name() + "'",
          (suggestion == null ? "" : "did you mean '" + suggestion + "'? ")
              + "known blocks: " + String.join(", ", KnownBlocks.NAMES)));
    }
    if (!block.isClosed()) {
      // Everything up to the end of the block's container became its body: say how far that is.
      int endIndex = doc.getLineNumber(Math.max(block.getStartOffset(), block.getEndOffset() - 1));
      int endLine = ctx == null ? endIndex + 1 : ctx.fileLine(endIndex);
      String body = endLine <= line ? "" : endLine == line + 1 ? ", so line " + endLine + " is its body"
          : ", so lines " + (line + 1) + " to " + endLine + " are all its body";
      out.add(Diagnostic.warning(UNCLOSED, path, line, column,
          "block '" + block.name() + "' opened here is never closed" + body,
          "add a line '" + fence + "' where its body ends"));
    }
    for (BlockOptions.Problem p : block.blockOptions().problems()) {
      int optionLineStart = lineStart;
      for (int i = 0; i <= p.line(); i++) {
        optionLineStart = nextLineStart(base, optionLineStart);
      }
      int first = optionLineStart;
      while (first < base.length() && (base.charAt(first) == ' ' || base.charAt(first) == '\t')) {
        first++;
      }
      out.add(Diagnostic.warning(OPTIONS, path, line + 1 + p.line(), columnOf(base, optionLineStart, first),
          p.message(), p.hint()));
    }
  }

  private static int lineStart(BasedSequence base, int offset) {
    int i = Math.min(offset, base.length());
    while (i > 0 && base.charAt(i - 1) != '\n' && base.charAt(i - 1) != '\r') {
      i--;
    }
    return i;
  }

  private static int nextLineStart(BasedSequence base, int offset) {
    int i = offset;
    while (i < base.length() && base.charAt(i) != '\n' && base.charAt(i) != '\r') {
      i++;
    }
    if (i < base.length() && base.charAt(i) == '\r') {
      i++;
    }
    if (i < base.length() && base.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  private static int columnOf(BasedSequence base, int lineStart, int offset) {
    String prefix = base.subSequence(lineStart, Math.max(lineStart, Math.min(offset, base.length()))).toString();
    return prefix.codePointCount(0, prefix.length()) + 1;
  }

  /** The known name within edit distance 2 of {@code name}, if any. */
  private static String closest(String name) {
    String best = null;
    int bestDistance = 3;
    for (String known : KnownBlocks.NAMES) {
      int d = distance(name, known);
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return 3;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
