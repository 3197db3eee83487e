package dev.handbook.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.search.SearchDocument.Kind;
import dev.handbook.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A synthetic 10,000-page, one-language handbook (40,000 documents, Zipf-distributed words): no
 * file grows past its bound, and the files one query loads stay under 300 KB, counted the way
 * search.js picks them (home shard per word, up to 4 deeper shards for the prefix and the stem,
 * 24 candidate document files).
 */
class SearchIndexScaleTest {
  private static final int PAGES = 10_000;
  private static final long BUDGET = 300 * 1024;
  private static Map<String, Integer> sizes;
  private static List<String> shardKeys;
  private static int largestDocFile;
  private static List<String> vocabulary;

  @BeforeAll
  static void buildBigIndex() {
    var random = new Random(42);
    vocabulary = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      var word = new StringBuilder();
      int length = 3 + random.nextInt(8);
      for (int c = 0; c < length; c++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary.add(word.toString());
    }
    var docs = new ArrayList<SearchDocument>();
    for (int p = 0; p < PAGES; p++) {
      for (int s = 0; s < 4; s++) {
        docs.add(new SearchDocument("en", s == 3 ? Kind.QUESTION : Kind.SECTION, "en/page-" + p + "/#s" + s,
            text(random, 4), List.of(text(random, 3)), text(random, 5), text(random, 80), List.of("orm")));
      }
    }
    sizes = new TreeMap<>();
    List<IndexFile> files = SearchIndexFiles.build(docs, List.of("en"));
    shardKeys = IndexFiles.shardKeys(files, "en");
    for (IndexFile f : files) {
      sizes.put(f.path(), f.content().getBytes(UTF_8).length);
      if (f.path().startsWith("search/en/d/")) {
        largestDocFile = Math.max(largestDocFile, f.content().getBytes(UTF_8).length);
      }
    }
  }

  /** Zipf-like: word i is picked with probability about 1/(i+1). */
  private static String text(Random random, int words) {
    var out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int index = (int) Math.min(vocabulary.size() - 1, Math.exp(random.nextDouble() * Math.log(vocabulary.size())) - 1);
      out.append(i > 0 ? " " : "").append(vocabulary.get(index));
    }
    return out.toString();
  }

  @Test
  void everyFileStaysSmall() {
    sizes.forEach((path, bytes) -> {
      if (path.contains("/t/")) {
        assertTrue(bytes <= 10_000, path + " " + bytes);
      }
      if (path.contains("/k/")) {
        assertTrue(bytes <= 8_000, path + " " + bytes);
      }
    });
    assertTrue(largestDocFile <= 8_000, "document file " + largestDocFile);
    assertTrue(sizes.get("search/index-en.js") <= 2_000, "manifest " + sizes.get("search/index-en.js"));
  }

  @Test
  void oneQueryTransfersLessThan300KB() {
    for (String query : List.of(vocabulary.get(0), vocabulary.get(0) + " " + vocabulary.get(1) + " " + vocabulary.get(2),
        vocabulary.get(5) + " " + vocabulary.get(500) + " " + vocabulary.get(20_000).substring(0, 3),
        "optimizing queries")) {
      Set<String> shards = new LinkedHashSet<>();
      List<Tokenizer.Word> words = Tokenizer.words(query);
      for (int i = 0; i < words.size(); i++) {
        String whole = words.get(i).whole();
        add(shards, SearchIndexFiles.shardKeyFor(whole, shardKeys));
        if (i == words.size() - 1) {
          prefixShards(whole).forEach(k -> add(shards, k));
        }
        if (whole.length() >= 5) {
          prefixShards(whole.substring(0, whole.length() - 3)).forEach(k -> add(shards, k));
        }
      }
      long bytes = sizes.get("search/languages.js") + sizes.get("search/index-en.js") + 24L * largestDocFile;
      Set<String> firsts = new LinkedHashSet<>();
      for (String key : shards) {
        bytes += sizes.get("search/en/t/" + ShardNames.fileName(key));
        firsts.add(key.substring(0, 1));
      }
      for (String first : firsts) {
        bytes += sizes.getOrDefault("search/en/k/" + ShardNames.fileName(first), 0);
      }
      assertTrue(bytes < BUDGET, query + ": " + bytes + " bytes in " + shards);
    }
  }

  private static void add(Set<String> shards, String key) {
    if (key != null) {
      shards.add(key);
    }
  }

  /** Like search.js prefixKeys: the prefix's home shard and at most 4 deeper ones. */
  private static List<String> prefixShards(String prefix) {
    var out = new ArrayList<String>();
    String home = SearchIndexFiles.shardKeyFor(prefix, shardKeys);
    if (home != null) {
      out.add(home);
    }
    for (String key : shardKeys) {
      if (key.startsWith(prefix) && !key.equals(home) && out.size() <= 4) {
        out.add(key);
      }
    }
    return out;
  }
}
