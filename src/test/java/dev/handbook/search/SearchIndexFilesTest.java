package dev.handbook.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.content.Page;
import dev.handbook.text.SearchFolding;
import dev.handbook.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexFilesTest {
  /** The fixture's index as one text; src/test/js/search.test.mjs runs the browser search on it. */
  private static final Path GOLDEN = Path.of(System.getProperty("handbook.projectDir", "."))
      .resolve("src/test/resources/search/fixture-index.txt");

  static List<IndexFile> fixtureFiles() {
    return SearchIndexFiles.build(
        SearchDocuments.of(SearchFixture.pages(), SearchTopics.byUrl(SearchFixture.topics())),
        SearchFixture.LANGUAGES);
  }

  static String bundle(List<IndexFile> files) {
    return files.stream().map(f -> "//# " + f.path() + "\n" + f.content()).collect(Collectors.joining());
  }

  @Test
  void sameInputSameBytes() {
    var pages = new ArrayList<>(SearchFixture.pages());
    String first = bundle(fixtureFiles());
    Collections.reverse(pages);
    String reversed = bundle(SearchIndexFiles.build(
        SearchDocuments.of(pages, SearchTopics.byUrl(SearchFixture.topics())), SearchFixture.LANGUAGES));
    assertEquals(first, reversed);
  }

  @Test
  void matchesTheGoldenIndexUsedByTheBrowserTests() throws IOException {
    String actual = bundle(fixtureFiles());
    if (Boolean.getBoolean("handbook.updateGolden")) {
      Files.writeString(GOLDEN, actual, UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, UTF_8), actual,
        "index format changed: rerun with -Dhandbook.updateGolden=true and check the Node search tests");
  }

  @Test
  void filesPerLanguage() {
    var paths = fixtureFiles().stream().map(IndexFile::path).toList();
    assertTrue(paths.contains("search/languages.js"));
    for (String lang : SearchFixture.LANGUAGES) {
      assertTrue(paths.contains("search/index-" + lang + ".js"), lang);
      assertTrue(paths.contains("search/" + lang + "/d/0.js"), lang);
    }
    assertEquals("HandbookSearch.add(\"\",\"languages\",\"\",[{\"lang\":\"vi\",\"dir\":\"ltr\"},"
        + "{\"lang\":\"en\",\"dir\":\"ltr\"},{\"lang\":\"fa\",\"dir\":\"rtl\"}]);\n", content("search/languages.js"));
  }

  @Test
  void documentsCarryUrlPathSnippetAndTopics() {
    String docs = content("search/en/d/0.js");
    assertTrue(docs.contains("[\"s\",\"en/django-notes/#optimizing-queries\",\"Django notes\",[],"
        + "\"Optimizing queries\",\"Use select_related"), docs);
    assertTrue(docs.contains("[\"orm\",\"performance\"]"), docs);
    assertTrue(docs.contains("[\"q\",\"en/django-notes/#q-1\",\"Django notes\",[\"Optimizing queries\"],"
        + "\"What does select_related do?\""), docs);
    assertTrue(docs.contains("[\"s\",\"en/django-notes/\",\"Django notes\",[],\"Django notes\","), docs);
  }

  @Test
  void identifierIndexedWholeAndByParts() {
    Map<String, String> shards = termsOf("en");
    for (String term : List.of("select_related", "select", "related", "n+1", "request.user", "django-debug-toolbar")) {
      assertTrue(shards.get(shardKey("en", term)).contains("[\"" + term + "\","), term);
    }
  }

  @Test
  void persianZwnjWordAndArabicKafQueryShareAShard() {
    // Indexed: "می‌کند" (ZWNJ) and "کلیدهای"; a reader types "ميكند" and "كليدهاي" (Arabic yeh/kaf).
    String written = Tokenizer.tokens("می‌کند").get(0);
    String typed = Tokenizer.tokens("ميكند").get(0);
    assertEquals(written, typed);
    String key = shardKey("fa", typed);
    assertNotNull(key);
    assertTrue(termsOf("fa").get(key).contains("[\"" + written + "\","));
    assertEquals(shardKey("fa", SearchFolding.fold("كليدهاي")), shardKey("fa", "کلیدهای"));
  }

  @Test
  void postingsDecodeToDocumentsWithImpacts() {
    Matcher m = Pattern.compile("\\[\"select_related\",(\\d+),\\[([0-9,]+)]]")
        .matcher(termsOf("en").get(shardKey("en", "select_related")));
    assertTrue(m.find());
    int df = Integer.parseInt(m.group(1));
    String[] packed = m.group(2).split(",");
    assertEquals(df, packed.length);
    int doc = 0;
    int previous = -1;
    for (String p : packed) {
      long value = Long.parseLong(p);
      doc += (int) (value / 64);
      int impact = (int) (value % 64);
      assertTrue(doc > previous && impact >= 1 && impact <= 63, p);
      previous = doc;
    }
  }

  @Test
  void writerWritesEveryFile(@TempDir Path out) throws IOException {
    var summary = SearchIndexWriter.write(out, SearchFixture.pages(), SearchFixture.LANGUAGES,
        SearchTopics.byUrl(SearchFixture.topics()));
    var files = fixtureFiles();
    assertEquals(files.size(), summary.files());
    assertEquals(13, summary.documents());
    for (IndexFile f : files) {
      assertEquals(f.content(), Files.readString(out.resolve(f.path()), UTF_8));
    }
  }

  @Test
  void emptyLanguageStillHasAnIndex() {
    var files = SearchIndexFiles.build(List.of(), List.of("en"));
    assertEquals(List.of("search/languages.js", "search/index-en.js"), files.stream().map(IndexFile::path).toList());
    assertTrue(files.get(1).content().contains("\"docs\":0"));
  }

  @Test
  void unknownLanguageIsRejected() {
    Page page = SearchFixture.pages().get(0);
    var docs = SearchDocuments.of(List.of(page), SearchTopics.none());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SearchIndexFiles.build(docs, List.of("vi")));
  }

  @Test
  void shardFileNamesAreAsciiHex() {
    assertEquals("64-6a.js", ShardNames.fileName("dj"));
    assertEquals("645-6cc.js", ShardNames.fileName("می"));
    assertFalse(fixtureFiles().stream().anyMatch(f -> !f.path().matches("[a-z0-9/._-]+")));
  }

  private static String content(String path) {
    return fixtureFiles().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
  }

  private static List<String> shardKeys(String lang) {
    return IndexFiles.shardKeys(fixtureFiles(), lang);
  }

  private static String shardKey(String lang, String term) {
    return SearchIndexFiles.shardKeyFor(term, shardKeys(lang));
  }

  /** Shard key -> shard file content. */
  private static Map<String, String> termsOf(String lang) {
    return shardKeys(lang).stream().collect(Collectors.toMap(k -> k,
        k -> content("search/" + lang + "/t/" + ShardNames.fileName(k))));
  }
}
