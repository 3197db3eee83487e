package dev.handbook.search;

import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Builds the search index files: plain scripts (not JSON fetched at run time) so that search also
 * works from {@code file://}. Every file is one call {@code HandbookSearch.add(lang, kind, key,
 * data);} which {@code search.js} defines. Output is deterministic: same documents, same bytes.
 *
 * <pre>
 * search/languages.js           kind "languages": [{"lang":"vi","dir":"ltr"}, ...] in site order
 * search/index-{lang}.js        kind "index": {"v":1,"lang","dir","docs":N,"perFile":8,
 *                               "shards":[one-character shard keys], "split":[first characters]}
 * search/{lang}/k/{hex}.js      kind "keys", key = a character of "split": every shard key
 *                               starting with it, sorted
 * search/{lang}/t/{hex}.js      kind "terms", key = shard key: [["term",df,[p0,p1,...]], ...]
 * search/{lang}/d/{n}.js        kind "docs", key = n: documents n*8 .. n*8+7, each
 *                               [kind "s"|"q", url, pageTitle, [headingPath], title, snippet, [topics]]
 * </pre>
 *
 * <p>Terms are arrays, not object keys, so that a term such as {@code __proto__} or
 * {@code constructor} is plain data in JavaScript. Terms are folded tokens ({@link dev.handbook.text.Tokenizer}). A posting is one integer
 * {@code (docId - previousDocId) * 64 + impact}, impacts 1..63 being BM25F term weights (see
 * {@link InvertedIndex}); the browser scores {@code idf(df, docs) * impact}. A term lives in the
 * shard with the longest key that is a prefix of it; shard files stay under about 12 KB (a
 * common term keeps its 1,000 strongest postings), document files hold 8 documents, so one query
 * transfers the manifest, one or two shards per word and at most a few dozen small document files.
 */
public final class SearchIndexFiles {
  public static final int DOCS_PER_FILE = 8;
  static final int MAX_SHARD_BYTES = 8_000;
  static final int FORMAT_VERSION = 1;
  private static final int IMPACT_BITS = 64;

  private SearchIndexFiles() {}

  /**
   * @param docs all documents of all languages, in index order (see {@link SearchDocuments#of})
   * @param languages the site's languages in display order; each gets an index, possibly empty
   */
  public static List<IndexFile> build(List<SearchDocument> docs, List<String> languages) {
    return buildIndexed(docs.stream().map(DocumentTerms::index).toList(), languages);
  }

  /** As {@link #build}, from documents whose terms are weighed already. */
  public static List<IndexFile> buildIndexed(List<IndexedDocument> docs, List<String> languages) {
    Map<String, List<IndexedDocument>> byLanguage = byLanguage(docs, languages);
    var files = new ArrayList<IndexFile>();
    files.add(languagesFile(languages));
    // Languages are independent: built side by side, listed in site order.
    languages.parallelStream()
        .map(lang -> {
          var own = new ArrayList<IndexFile>();
          languageFiles(lang, byLanguage.getOrDefault(lang, List.of()), own::add);
          return own;
        })
        .toList()
        .forEach(files::addAll);
    return List.copyOf(files);
  }

  /**
   * The files of {@link #buildIndexed}, each handed to {@code sink} as soon as it is made instead of all being
   * held: a large handbook's index is tens of megabytes of text. Languages are built side by side, so the sink is
   * called from several threads at once.
   */
  public static void emitIndexed(List<IndexedDocument> docs, List<String> languages, Consumer<IndexFile> sink) {
    Map<String, List<IndexedDocument>> byLanguage = byLanguage(docs, languages);
    sink.accept(languagesFile(languages));
    languages.parallelStream().forEach(lang -> languageFiles(lang, byLanguage.getOrDefault(lang, List.of()), sink));
  }

  private static Map<String, List<IndexedDocument>> byLanguage(List<IndexedDocument> docs, List<String> languages) {
    Map<String, List<IndexedDocument>> byLanguage = docs.stream()
        .collect(Collectors.groupingBy(IndexedDocument::lang, TreeMap::new, Collectors.toList()));
    for (String lang : byLanguage.keySet()) {
      if (!languages.contains(lang)) {
        throw new IllegalArgumentException("documents in language '" + lang + "' not in " + languages);
      }
    }
    return byLanguage;
  }

  /** The shard key holding a folded term, given the shard keys of a language (longest prefix). */
  public static String shardKeyFor(String term, List<String> shardKeys) {
    String best = null;
    for (String key : shardKeys) {
      if (term.startsWith(key) && (best == null || key.length() > best.length())) {
        best = key;
      }
    }
    return best;
  }

  static String direction(String lang) {
    return new ULocale(lang).isRightToLeft() ? "rtl" : "ltr";
  }

  private static IndexFile languagesFile(List<String> languages) {
    var data = new StringBuilder("[");
    for (int i = 0; i < languages.size(); i++) {
      String lang = languages.get(i);
      data.append(i > 0 ? "," : "").append("{\"lang\":");
      Json.string(data, lang);
      data.append(",\"dir\":\"").append(direction(lang)).append("\"}");
    }
    data.append(']');
    return new IndexFile("search/languages.js", call("", "languages", "", data.toString()));
  }

  private static void languageFiles(String lang, List<IndexedDocument> docs,
      Consumer<IndexFile> files) {
    InvertedIndex index = InvertedIndex.build(docs);
    SortedMap<String, String> entries = new TreeMap<>();
    SortedMap<String, Integer> sizes = new TreeMap<>();
    index.terms().forEach((term, postings) -> {
      String entry = termEntry(term, postings);
      entries.put(term, entry);
      sizes.put(term, entry.getBytes(StandardCharsets.UTF_8).length + 1);
    });
    List<ShardPlanner.Shard> shards = ShardPlanner.plan(sizes, MAX_SHARD_BYTES);
    var byFirst = new TreeMap<String, List<String>>();
    for (var shard : shards) {
      String first = shard.key().substring(0, shard.key().offsetByCodePoints(0, 1));
      byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(shard.key());
    }
    var direct = new ArrayList<String>();
    var split = new ArrayList<String>();
    var keyFiles = new ArrayList<IndexFile>();
    byFirst.forEach((first, keys) -> {
      if (keys.equals(List.of(first))) {
        direct.add(first);
      } else {
        split.add(first);
        var data = new StringBuilder();
        Json.strings(data, keys);
        keyFiles.add(new IndexFile("search/" + lang + "/k/" + ShardNames.fileName(first),
            call(lang, "keys", first, data.toString())));
      }
    });
    files.accept(new IndexFile("search/index-" + lang + ".js",
        call(lang, "index", "", manifest(lang, docs.size(), direct, split))));
    keyFiles.forEach(files);
    for (var shard : shards) {
      var data = new StringBuilder("[");
      for (int i = 0; i < shard.terms().size(); i++) {
        data.append(i > 0 ? ",\n" : "").append(entries.get(shard.terms().get(i)));
      }
      data.append(']');
      files.accept(new IndexFile("search/" + lang + "/t/" + ShardNames.fileName(shard.key()),
          call(lang, "terms", shard.key(), data.toString())));
    }
    for (int start = 0; start < docs.size(); start += DOCS_PER_FILE) {
      var data = new StringBuilder("[");
      for (int d = start; d < Math.min(docs.size(), start + DOCS_PER_FILE); d++) {
        data.append(d > start ? ",\n" : "");
        document(data, docs.get(d).document());
      }
      data.append(']');
      String n = Integer.toString(start / DOCS_PER_FILE);
      files.accept(new IndexFile("search/" + lang + "/d/" + n + ".js", call(lang, "docs", n, data.toString())));
    }
  }

  private static String manifest(String lang, int documents, List<String> direct, List<String> split) {
    var data = new StringBuilder("{\"v\":").append(FORMAT_VERSION).append(",\"lang\":");
    Json.string(data, lang);
    data.append(",\"dir\":\"").append(direction(lang)).append("\",\"docs\":").append(documents)
        .append(",\"perFile\":").append(DOCS_PER_FILE).append(",\"shards\":");
    Json.strings(data, direct);
    data.append(",\"split\":");
    Json.strings(data, split);
    return data.append('}').toString();
  }

  private static String termEntry(String term, InvertedIndex.Postings postings) {
    var out = new StringBuilder("[");
    Json.string(out, term);
    out.append(',').append(postings.df()).append(",[");
    int previous = 0;
    for (int i = 0; i < postings.docIds().length; i++) {
      long packed = (long) (postings.docIds()[i] - previous) * IMPACT_BITS + postings.impacts()[i];
      out.append(i > 0 ? "," : "").append(packed);
      previous = postings.docIds()[i];
    }
    return out.append("]]").toString();
  }

  private static void document(StringBuilder out, SearchDocument doc) {
    out.append('[');
    Json.string(out, doc.kind().code());
    out.append(',');
    Json.string(out, doc.url());
    out.append(',');
    Json.string(out, doc.pageTitle());
    out.append(',');
    Json.strings(out, doc.headingPath());
    out.append(',');
    Json.string(out, doc.title());
    out.append(',');
    Json.string(out, doc.body()); // already cut to the snippet (DocumentTerms)
    out.append(',');
    Json.strings(out, doc.topics());
    out.append(']');
  }

  private static String call(String lang, String kind, String key, String data) {
    return "HandbookSearch.add(" + Json.string(lang) + "," + Json.string(kind) + "," + Json.string(key) + ","
        + data + ");\n";
  }
}
