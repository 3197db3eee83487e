package dev.handbook.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inverted index of one language: folded term -> postings with a precomputed BM25F impact, so
 * the browser only adds up idf x impact and never tokenizes documents.
 *
 * <p>Terms come weighed by field ({@link DocumentTerms}). Weighted term frequency goes through BM25
 * saturation (k1 1.2,
 * b 0.75, document length = tokens in all fields) and is quantized to an impact 1..63.
 */
final class InvertedIndex {
  static final int MAX_IMPACT = 63;
  /** A term's postings beyond this many keep only the highest impacts (bounds the bytes of any shard). */
  static final int MAX_POSTINGS = 800;
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  /**
   * @param df number of documents containing the term (before any cut)
   * @param docIds ascending document ids
   * @param impacts impact per document id, 1..63
   */
  record Postings(int df, int[] docIds, int[] impacts) {}

  private final int documents;
  private final SortedMap<String, Postings> terms;

  private InvertedIndex(int documents, SortedMap<String, Postings> terms) {
    this.documents = documents;
    this.terms = Collections.unmodifiableSortedMap(terms);
  }

  int documents() {
    return documents;
  }

  SortedMap<String, Postings> terms() {
    return terms;
  }

  /** Indexes documents whose terms are weighed already; a document's id is its position in the list. */
  static InvertedIndex build(List<IndexedDocument> docs) {
    var builders = new HashMap<String, PostingsBuilder>();
    int[] lengths = new int[docs.size()];
    long totalLength = 0;
    for (int docId = 0; docId < docs.size(); docId++) {
      IndexedDocument doc = docs.get(docId);
      lengths[docId] = doc.length();
      totalLength += doc.length();
      String[] terms = doc.terms();
      float[] weights = doc.weights();
      for (int t = 0; t < terms.length; t++) {
        PostingsBuilder builder = builders.get(terms[t]);
        if (builder == null) {
          builder = new PostingsBuilder();
          builders.put(terms[t], builder);
        }
        builder.add(docId, weights[t]);
      }
    }
    double averageLength = docs.isEmpty() ? 1 : Math.max(1.0, (double) totalLength / docs.size());
    var terms = new TreeMap<String, Postings>();
    builders.forEach((term, builder) -> terms.put(term, builder.build(lengths, averageLength)));
    return new InvertedIndex(docs.size(), terms);
  }

  /** BM25 saturation of a weighted term frequency, quantized to 1..63. */
  static int impact(double tf, int length, double averageLength) {
    double norm = K1 * (1 - B + B * length / averageLength);
    double saturated = tf * (K1 + 1) / (tf + norm);
    return (int) Math.max(1, Math.min(MAX_IMPACT, Math.round(saturated / (K1 + 1) * MAX_IMPACT)));
  }

  /** Collects postings in ascending document order; keeps the strongest when there are too many. */
  private static final class PostingsBuilder {
    private int[] docIds = new int[2];
    private float[] frequencies = new float[2];
    private int size;

    void add(int docId, double tf) {
      if (size == docIds.length) {
        docIds = Arrays.copyOf(docIds, size * 2);
        frequencies = Arrays.copyOf(frequencies, size * 2);
      }
      docIds[size] = docId;
      frequencies[size] = (float) tf;
      size++;
    }

    Postings build(int[] lengths, double averageLength) {
      int[] impacts = new int[size];
      for (int i = 0; i < size; i++) {
        impacts[i] = impact(frequencies[i], lengths[docIds[i]], averageLength);
      }
      if (size <= MAX_POSTINGS) {
        return new Postings(size, Arrays.copyOf(docIds, size), impacts);
      }
      // Highest impact first, ties by lower document id. Impacts are 1..63, so the weakest impact that is kept
      // comes from counting them (linear, no sort); one pass in document order then keeps every posting above
      // it and the first ones at it.
      int[] atImpact = new int[MAX_IMPACT + 1];
      for (int i = 0; i < size; i++) {
        atImpact[impacts[i]]++;
      }
      int weakest = MAX_IMPACT;
      int above = 0; // postings with an impact above weakest
      while (above + atImpact[weakest] < MAX_POSTINGS) {
        above += atImpact[weakest];
        weakest--;
      }
      int atWeakest = MAX_POSTINGS - above;
      int[] ids = new int[MAX_POSTINGS];
      int[] strongest = new int[MAX_POSTINGS];
      int kept = 0;
      for (int i = 0; i < size && kept < MAX_POSTINGS; i++) {
        if (impacts[i] > weakest || (impacts[i] == weakest && atWeakest-- > 0)) {
          ids[kept] = docIds[i];
          strongest[kept] = impacts[i];
          kept++;
        }
      }
      return new Postings(size, ids, strongest);
    }
  }
}
