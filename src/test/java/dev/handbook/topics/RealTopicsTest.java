package dev.handbook.topics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.BuildReport;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures the topic pages must reach on the real handbook, read from the built site. */
class RealTopicsTest {
  @TempDir static Path temp;
  static Path site;

  @BeforeAll
  static void build() {
    site = temp.resolve("site");
    BuildReport report = Fixtures.build(Fixtures.realContent(), site, true);
    assertFalse(report.failed(), () -> String.valueOf(report.diagnostics()));
  }

  @Test
  void atLeastNinetyPercentOfQuestionsCarryATopic() throws IOException {
    int questions = 0;
    int withTopic = 0;
    for (String lang : List.of("vi", "en", "fa")) {
      try (var dirs = Files.list(site.resolve(lang))) {
        for (Path dir : dirs.filter(Files::isDirectory).toList()) {
          Path page = dir.resolve("index.html");
          if (!Files.exists(page) || Set.of("topics", "search", "print", "help-wanted")
              .contains(dir.getFileName().toString())) {
            continue;
          }
          for (Element card : Jsoup.parse(page.toFile(), "UTF-8").select("article.qbox")) {
            questions++;
            if (!card.select(".item-topics a.topic-chip").isEmpty()) {
              withTopic++;
            }
          }
        }
      }
    }
    assertTrue(questions >= 87, "questions found: " + questions);
    assertTrue(withTopic * 10 >= questions * 9, withTopic + " of " + questions + " questions have a topic");
  }

  @Test
  void everyTopicHasThreeItemsAndTopicsTouchedByAllLanguagesShowAllThree() throws IOException {
    Document index = Jsoup.parse(site.resolve("en/topics/index.html").toFile(), "UTF-8");
    List<String> links = index.select(".topic-list h2 a").eachAttr("href");
    assertTrue(links.size() >= 12 && links.size() <= 16, "12 to 16 topics: " + links.size());
    int allThree = 0;
    for (String href : links) {
      String id = href.replaceAll(".*topics/([^/]+)/index.html", "$1");
      Set<String> itemLanguages = new TreeSet<>();
      int items = 0;
      for (String ui : List.of("vi", "en", "fa")) {
        Document topic = Jsoup.parse(site.resolve(ui + "/topics/" + id + "/index.html").toFile(), "UTF-8");
        List<String> groups = topic.select("section.topic-group").eachAttr("lang");
        assertTrue(groups.isEmpty() || groups.get(0).equals(ui) || !groups.contains(ui),
            "the interface language comes first on " + ui + "/topics/" + id);
        if (ui.equals("en")) {
          items = topic.select(".topic-item").size();
          itemLanguages.addAll(groups);
          for (Element item : topic.select(".topic-item a")) {
            assertTrue(item.attr("href").contains("#") || !item.attr("href").isEmpty());
          }
        }
      }
      assertTrue(items >= 3, id + " has " + items + " items");
      Set<String> touched = languagesTouching(id);
      assertTrue(itemLanguages.containsAll(touched), id + ": page lists " + itemLanguages + ", sources touch " + touched);
      if (touched.size() == 3) {
        allThree++;
      }
    }
    assertTrue(allThree >= 6, "topics with material in all three languages: " + allThree);
  }

  /** Languages whose chapters link to the topic: what the sources touch. */
  private static Set<String> languagesTouching(String topicId) throws IOException {
    Set<String> langs = new TreeSet<>();
    for (String lang : List.of("vi", "en", "fa")) {
      try (var walk = Files.walk(site.resolve(lang))) {
        for (Path page : walk.filter(p -> p.getFileName().toString().equals("index.html")).toList()) {
          String rel = site.resolve(lang).relativize(page).toString();
          if (rel.startsWith("topics") || rel.startsWith("print") || rel.startsWith("help-wanted")) {
            continue;
          }
          if (Files.readString(page).contains("/topics/" + topicId + "/index.html\">")
              && !Jsoup.parse(page.toFile(), "UTF-8").select(".item-topics a[href$=/topics/" + topicId + "/index.html]").isEmpty()) {
            langs.add(lang);
          }
        }
      }
    }
    return langs;
  }
}
