package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.search.SearchDocument.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvertedIndexTest {
  @Test
  void aCommonTermKeepsItsStrongestPostingsInDocumentOrder() {
    var random = new Random(3);
    var docs = new ArrayList<IndexedDocument>();
    for (int d = 0; d < 5_000; d++) {
      // "và" is in most documents with frequencies from 1 to 12, so many postings tie at the weakest impact kept.
      boolean common = random.nextInt(10) < 8;
      String[] terms = common ? new String[] {"và", "t" + d} : new String[] {"t" + d};
      float[] weights = common ? new float[] {1 + random.nextInt(12), 1} : new float[] {1};
      docs.add(new IndexedDocument(document(d), terms, weights, 20 + random.nextInt(400)));
    }
    InvertedIndex index = InvertedIndex.build(docs);
    InvertedIndex.Postings postings = index.terms().get("và");

    List<int[]> all = new ArrayList<>(); // [docId, impact] of every document holding the term
    double average = docs.stream().mapToInt(IndexedDocument::length).average().orElseThrow();
    for (int d = 0; d < docs.size(); d++) {
      if (docs.get(d).terms().length == 2) {
        all.add(new int[] {d, InvertedIndex.impact(docs.get(d).weights()[0], docs.get(d).length(), average)});
      }
    }
    List<int[]> expected = all.stream()
        .sorted(Comparator.comparingInt((int[] p) -> -p[1]).thenComparingInt(p -> p[0]))
        .limit(InvertedIndex.MAX_POSTINGS)
        .sorted(Comparator.comparingInt(p -> p[0]))
        .toList();

    assertEquals(all.size(), postings.df(), "df counts every document, also those cut");
    assertArrayEquals(expected.stream().mapToInt(p -> p[0]).toArray(), postings.docIds());
    assertArrayEquals(expected.stream().mapToInt(p -> p[1]).toArray(), postings.impacts());
    int weakestKept = Arrays.stream(postings.impacts()).min().orElseThrow();
    long tiedAtWeakest = all.stream().filter(p -> p[1] == weakestKept).count();
    long keptAtWeakest = Arrays.stream(postings.impacts()).filter(i -> i == weakestKept).count();
    assertEquals(true, keptAtWeakest < tiedAtWeakest, "the case under test: a tie cut at the weakest impact");
  }

  @Test
  void aRareTermKeepsEveryPosting() {
    var docs = IntStream.range(0, 10)
        .mapToObj(d -> new IndexedDocument(document(d), new String[] {"جنگو"}, new float[] {d + 1}, 50))
        .toList();
    InvertedIndex.Postings postings = InvertedIndex.build(docs).terms().get("جنگو");
    assertArrayEquals(IntStream.range(0, 10).toArray(), postings.docIds());
    assertEquals(10, postings.df());
  }

  private static SearchDocument document(int d) {
    return new SearchDocument("vi", Kind.SECTION, "vi/p/#s" + d, "Trang", List.of(), "Mục " + d, "", List.of());
  }
}
