package dev.handbook.search;

import java.util.List;

/**
 * A search document as the index files need it: what a result shows (with the snippet instead of the whole
 * body) and its weighted terms, so that the text itself can be dropped as soon as its page is read.
 *
 * @param document the document with its body cut to the snippet shown in results
 * @param terms distinct folded terms, each once
 * @param weights weighted frequency of each term (title 5, context 2, body 1 per occurrence)
 * @param length tokens in all fields, for BM25 length normalization
 */
public record IndexedDocument(SearchDocument document, String[] terms, float[] weights, int length) {
  public String lang() {
    return document.lang();
  }

  /** The fields that are not term statistics, for tests and diagnostics. */
  @Override
  public String toString() {
    return "IndexedDocument[" + document + ", " + List.of(terms) + ", length=" + length + "]";
  }
}
