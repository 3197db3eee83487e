package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.content.SourceLocation;
import dev.handbook.diag.Diagnostics;

/**
 * Per-document facts that parser extensions and node renderers need to report diagnostics: attached to
 * each flexmark {@code Document} so that one shared parser and renderer can serve all pages in parallel.
 *
 * @param sourcePath the file's path as the user sees it
 * @param lineOffset lines before the Markdown body (front matter), added to flexmark's line numbers
 * @param lang language code of the page
 * @param diagnostics where problems are reported
 */
public record DocumentContext(String sourcePath, int lineOffset, String lang, Diagnostics diagnostics) {
  public static final NullableDataKey<DocumentContext> KEY = new NullableDataKey<>("HANDBOOK_DOCUMENT_CONTEXT");

  /** The 1-based line in the source file of a 0-based flexmark line index. */
  public int fileLine(int flexmarkLineIndex) {
    return flexmarkLineIndex + 1 + lineOffset;
  }

  /**
   * The file line and column of the character at {@code index} in {@code chars}, a node's text (for example a
   * position the HTML sanitizer reports in it); an index past its end is its last character.
   */
  public SourceLocation locate(Document document, BasedSequence chars, int index) {
    int offset = chars.getIndexOffset(Math.min(index, Math.max(0, chars.length() - 1)));
    return locate(document, offset < 0 ? chars.getStartOffset() : offset);
  }

  /** The file line and column (in code points) of an offset in {@code document}'s text. */
  public SourceLocation locate(Document document, int offset) {
    BasedSequence base = document.getChars();
    int at = Math.max(0, Math.min(offset, base.length()));
    int lineStart = at;
    while (lineStart > 0 && base.charAt(lineStart - 1) != '\n' && base.charAt(lineStart - 1) != '\r') {
      lineStart--;
    }
    String prefix = base.subSequence(lineStart, at).toString();
    return new SourceLocation(sourcePath, fileLine(document.getLineNumber(at)),
        prefix.codePointCount(0, prefix.length()) + 1);
  }
}
