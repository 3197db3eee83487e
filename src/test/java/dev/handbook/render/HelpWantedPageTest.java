package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.BuildReport;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Help wanted" page of each interface language: the questions of every language that still lack an
 * answer, grouped by topic in the interface language, each linking to its card and, when the handbook has an
 * edit URL, to the editor of its file.
 */
class HelpWantedPageTest {
  @TempDir Path temp;

  @Test
  void listsUnansweredQuestionsByTopicWithEditLinks() throws IOException {
    Path site = build(Fixtures.fixtureContent("small"));
    Document en = page(site.resolve("en/help-wanted/index.html"));
    assertEquals(List.of("ORM", "Caching"), en.select("main .help-group h2").eachText());
    Element orm = en.selectFirst("main .help-group:has(h2:containsOwn(ORM)) li");
    assertNotNull(orm);
    assertEquals("en", orm.attr("lang"));
    assertEquals("Explain the N+1 problem.", orm.selectFirst("a").text());
    assertEquals("../../en/notes/index.html#q-explain-the-n-1-problem", orm.selectFirst("a").attr("href"));
    assertEquals("https://example.org/edit/main/content/en/notes.md", orm.select("a").get(1).attr("href"));
    Element caching = en.selectFirst("main .help-group:has(h2:containsOwn(Caching)) li");
    assertNotNull(caching);
    assertEquals("fa", caching.attr("lang"));
    assertEquals("rtl", caching.attr("dir"));
    assertEquals("../../fa/questions/index.html#q-1", caching.selectFirst("a").attr("href"));
    assertEquals("https://example.org/edit/main/content/fa/questions.md", caching.select("a").get(1).attr("href"));

    Document fa = page(site.resolve("fa/help-wanted/index.html"));
    assertEquals(List.of("ORM", "کش"), fa.select("main .help-group h2").eachText(), "topic names in Persian");
    assertTrue(fa.selectFirst("main .card-meta").text().startsWith("۲"), "counts in Persian digits");

    for (String lang : List.of("vi", "en", "fa")) {
      Document help = page(site.resolve(lang + "/help-wanted/index.html"));
      assertEquals(2, help.select("main .help-group li").size(), lang);
      for (Element link : help.select("main .help-group li > a")) {
        String href = link.attr("href");
        Path target = site.resolve(lang + "/help-wanted/").resolve(href.substring(0, href.indexOf('#'))).normalize();
        assertNotNull(page(target).getElementById(href.substring(href.indexOf('#') + 1)), href);
      }
    }
  }

  @Test
  void withoutAnEditUrlThereAreNoEditLinks() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    Path config = content.resolve("handbook.yml");
    Files.writeString(config, Files.readString(config).replaceAll("(?m)^edit_url:.*\\n", ""));
    Document en = page(build(content).resolve("en/help-wanted/index.html"));
    assertEquals(2, en.select("main .help-group li").size());
    en.select("main .help-group li").forEach(li -> assertEquals(1, li.select("a").size(), li::outerHtml));
    assertFalse(en.html().contains("example.org/edit"));
  }

  @Test
  void withoutTopicsTheQuestionsAreListedUnderOneGroup() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    Files.delete(content.resolve("topics.yml"));
    Document en = page(build(content).resolve("en/help-wanted/index.html"));
    assertEquals(List.of("Without a topic"), en.select("main .help-group h2").eachText());
    assertEquals(2, en.select("main .help-group li").size());
  }

  @Test
  void aHandbookWithEveryQuestionAnsweredSaysSo() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    Path notes = content.resolve("en/notes.md");
    Files.writeString(notes, Files.readString(notes).replace("* **Explain the N+1 problem.**",
        "* **Explain the N+1 problem.** (One query per row.)"));
    Path questions = content.resolve("fa/questions.md");
    Files.writeString(questions, Files.readString(questions).replace("استفاده کنیم؟\n///",
        "استفاده کنیم؟\nسرعت.\n///"));
    Document en = page(build(content).resolve("en/help-wanted/index.html"));
    assertTrue(en.select("main .help-group").isEmpty(), en::html);
    assertTrue(en.select("main > p").eachText().contains("Every question has an answer."), en::html);
  }

  private Path build(Path content) {
    Path site = temp.resolve("site-" + System.nanoTime());
    BuildReport report = Fixtures.build(content, site, true);
    assertFalse(report.failed(), () -> report.diagnostics().toString());
    return site;
  }

  private static Document page(Path file) throws IOException {
    return Jsoup.parse(file.toFile(), "UTF-8");
  }
}
