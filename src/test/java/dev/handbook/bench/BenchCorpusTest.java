package dev.handbook.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.BuildReport;
import dev.handbook.testing.Fixtures;
import dev.handbook.text.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic handbook of the benchmark: deterministic, shaped like a real one, and clean to build. */
class BenchCorpusTest {
  private static final int PAGES = 60;

  @TempDir Path temp;

  @Test
  void theSamePageCountGivesTheSameBytes() throws IOException {
    Path first = temp.resolve("one");
    Path second = temp.resolve("two");
    CorpusGenerator.Summary summary = CorpusGenerator.generate(PAGES, first);
    CorpusGenerator.generate(PAGES, second);
    List<Path> files = files(first);
    assertEquals(files, files(second));
    for (Path relative : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve(relative)), Files.readAllBytes(second.resolve(relative)),
          "bytes differ: " + relative);
    }
    assertEquals(Map.of("vi", 20, "en", 20, "fa", 20), summary.pagesPerLanguage());
    assertEquals(PAGES + 3, files.size(), "pages, handbook.yml, topics.yml and the marker");
  }

  @Test
  void theCorpusBuildsWithoutAnyWarning() {
    Path content = temp.resolve("content");
    CorpusGenerator.generate(PAGES, content);
    BuildReport report = Fixtures.build(content, temp.resolve("site"), true);
    assertEquals(List.of(), report.diagnostics());
    assertTrue(report.written());
    assertEquals(Map.of("vi", 20, "en", 20, "fa", 20), report.pagesPerLanguage());
    assertTrue(Files.isRegularFile(temp.resolve("site/fa/fasl-00020/index.html")));
    assertTrue(report.topics().items().stream().anyMatch(i -> i.question() && i.answered()));
    assertTrue(report.topics().items().stream().anyMatch(i -> i.question() && !i.answered()));
  }

  @Test
  void pagesHaveTheShapeOfAHandbookChapter() throws IOException {
    Path content = temp.resolve("content");
    CorpusGenerator.Summary summary = CorpusGenerator.generate(PAGES, content);
    double wordsPerPage = (double) summary.words() / PAGES;
    assertTrue(wordsPerPage > 800 && wordsPerPage < 900, "about 850 words a page, got " + wordsPerPage);
    for (String lang : List.of("vi", "en", "fa")) {
      try (Stream<Path> pages = Files.list(content.resolve(lang))) {
        for (Path page : pages.toList()) {
          String text = Files.readString(page);
          long headings = text.lines().filter(l -> l.startsWith("## ") || l.startsWith("### ")).count();
          assertTrue(headings >= 3 && headings <= 6, page + ": " + headings + " headings");
          assertTrue(text.contains("\n|---|---|---|\n"), page + ": a table");
          assertTrue(text.contains("```python\n"), page + ": a Python block");
          assertTrue(text.contains("/// qbox | "), page + ": a question card");
          assertTrue(text.matches("(?s)^---\ntitle: .*\ntopics: \\[[a-z, -]+\\]\n---\n.*"), page + ": front matter");
        }
      }
    }
    String vietnamese = Files.readString(content.resolve("vi/bai-00001.md"));
    assertTrue(vietnamese.chars().anyMatch(c -> "ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ".indexOf(c) >= 0),
        "Vietnamese with diacritics");
    String persian;
    try (Stream<Path> pages = Files.list(content.resolve("fa"))) {
      persian = pages.map(Fixtures::read).reduce("", String::concat);
    }
    assertTrue(persian.contains("\u200c"), "Persian words joined by ZWNJ");
    assertTrue(persian.contains("؟"), "Persian question marks");
  }

  @Test
  void linksPointAtHeadingsThatExist() throws IOException {
    Path content = temp.resolve("content");
    CorpusGenerator.generate(PAGES, content);
    Pattern link = Pattern.compile("\\]\\((bai|chapter|fasl)-(\\d{5})\\.md#([^)]+)\\)");
    int checked = 0;
    for (String lang : List.of("vi", "en", "fa")) {
      try (Stream<Path> pages = Files.list(content.resolve(lang))) {
        for (Path page : pages.toList()) {
          Matcher m = link.matcher(Files.readString(page));
          while (m.find()) {
            Path target = content.resolve(lang).resolve(m.group(1) + "-" + m.group(2) + ".md");
            List<String> anchors = Files.readAllLines(target).stream()
                .filter(l -> l.startsWith("## ") || l.startsWith("### "))
                .map(l -> Slugs.slug(l.replaceFirst("^#+ ", "").replaceFirst(" \\{topic: [a-z-]+\\}$", "")))
                .toList();
            assertTrue(anchors.contains(m.group(3)), page + " links to #" + m.group(3) + " of " + target);
            checked++;
          }
        }
      }
    }
    assertTrue(checked >= PAGES, "links between pages: " + checked);
  }

  @Test
  void anEarlierCorpusIsReplacedButNoOtherFolder() throws IOException {
    Path content = temp.resolve("content");
    CorpusGenerator.generate(PAGES, content);
    CorpusGenerator.generate(6, content);
    assertEquals(6 + 3, files(content).size(), "the larger corpus is gone");
    Path other = Files.createDirectories(temp.resolve("notes"));
    Files.writeString(other.resolve("mine.md"), "# Mine\n");
    assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generate(6, other));
    assertTrue(Files.isRegularFile(other.resolve("mine.md")));
    assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generate(0, temp.resolve("empty")));
  }

  @Test
  void aLargeHandbookListsAWindowOfChaptersInTheNavigationAndAllOnTheHome() throws IOException {
    Path content = temp.resolve("content");
    CorpusGenerator.generate(330, content);
    Path site = temp.resolve("site");
    assertEquals(List.of(), Fixtures.build(content, site, true).diagnostics());
    Document chapter = Jsoup.parse(Files.readString(site.resolve("en/chapter-00055/index.html")));
    List<String> nav = chapter.select("ul.nav-chapters > li > a").eachAttr("href");
    assertEquals(100, nav.size(), "the side navigation of every page stays the same size");
    String current = chapter.selectFirst("ul.nav-chapters a[aria-current=page]").attr("href");
    assertTrue(current.endsWith("/chapter-00055/index.html"), current);
    assertTrue(nav.get(0).endsWith("/chapter-00005/index.html"), "a window around the current chapter: " + nav.get(0));
    Document last = Jsoup.parse(Files.readString(site.resolve("en/chapter-00110/index.html")));
    assertTrue(last.selectFirst("ul.nav-chapters a").attr("href").endsWith("/chapter-00011/index.html"),
        "the last chapter shows the last hundred");
    Document home = Jsoup.parse(Files.readString(site.resolve("en/index.html")));
    assertEquals(110, home.select("ol.chapter-list > li").size(), "the language home lists every chapter");
  }

  @Test
  void everyLanguageHasAFewHundredRealWords() {
    for (String lang : List.of("vi", "en", "fa")) {
      int words = Vocabulary.load(lang).words().size();
      assertTrue(words >= 250, lang + " has " + words + " words");
    }
    assertTrue(Vocabulary.load("fa").words().stream().anyMatch(w -> w.contains("\u200c")), "ZWNJ words");
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
