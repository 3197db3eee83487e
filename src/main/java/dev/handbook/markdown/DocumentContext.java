package dev.handbook.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;
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
}
