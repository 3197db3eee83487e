package dev.handbook.search;

import dev.handbook.text.Tokenizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Weighs a document's terms for BM25F: the item's title (heading or question) 5, its context (page title and
 * enclosing headings) 2, body 1. Tokens longer than {@link #MAX_TERM_LENGTH} code points (long URLs, hashes)
 * are not indexed.
 */
public final class DocumentTerms {
  static final int MAX_TERM_LENGTH = 40;
  private static final float TITLE_WEIGHT = 5;
  private static final float CONTEXT_WEIGHT = 2;
  private static final float BODY_WEIGHT = 1;
  /**
   * One instance per distinct term, for one build: every page of a large handbook repeats the same words, and the
   * index holds each document's terms until all pages are read.
   */
  private final Map<String, String> pool = new ConcurrentHashMap<>();
  private static final int POOL_LIMIT = 2_000_000;

  /** Weighs the documents of one build, which share one instance of every term; safe from any thread. */
  public DocumentTerms() {}

  /** One document alone, tokenized with {@link Tokenizer#tokens}. */
  public static IndexedDocument index(SearchDocument doc) {
    return new DocumentTerms().index(doc, Tokenizer::tokens);
  }

  /**
   * @param tokens the tokenizer, possibly one that remembers texts it has seen (a page's title recurs in each
   *     of its documents, and topic rules read the same texts)
   */
  public IndexedDocument index(SearchDocument doc, Function<String, List<String>> tokens) {
    Map<String, float[]> weighted = new LinkedHashMap<>();
    // A topic page gathers material: its name weighs like a heading around a section, so that the sections and
    // questions titled with a word come before the page that lists them.
    float titleWeight = doc.kind() == SearchDocument.Kind.TOPIC ? CONTEXT_WEIGHT : TITLE_WEIGHT;
    int length = add(weighted, tokens.apply(doc.title()), titleWeight);
    length += add(weighted, tokens.apply(doc.pageTitle()), CONTEXT_WEIGHT);
    for (String heading : doc.headingPath()) {
      length += add(weighted, tokens.apply(heading), CONTEXT_WEIGHT);
    }
    length += add(weighted, tokens.apply(doc.body()), BODY_WEIGHT);
    String[] terms = new String[weighted.size()];
    float[] weights = new float[weighted.size()];
    int i = 0;
    for (Map.Entry<String, float[]> entry : weighted.entrySet()) {
      terms[i] = pooled(entry.getKey());
      weights[i] = entry.getValue()[0];
      i++;
    }
    SearchDocument shown = new SearchDocument(doc.lang(), doc.kind(), doc.url(), doc.pageTitle(), doc.headingPath(),
        doc.title(), Snippets.of(doc.body()), doc.topics());
    return new IndexedDocument(shown, terms, weights, length);
  }

  private static int add(Map<String, float[]> weighted, List<String> tokens, float weight) {
    int count = 0;
    for (String token : tokens) {
      if (token.length() <= MAX_TERM_LENGTH || token.codePointCount(0, token.length()) <= MAX_TERM_LENGTH) {
        weighted.computeIfAbsent(token, k -> new float[1])[0] += weight;
        count++;
      }
    }
    return count;
  }

  private String pooled(String term) {
    String known = pool.get(term);
    if (known != null) {
      return known;
    }
    if (pool.size() >= POOL_LIMIT) {
      return term;
    }
    known = pool.putIfAbsent(term, term);
    return known == null ? term : known;
  }
}
