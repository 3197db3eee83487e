package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.BuildReport;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real handbook: built without a warning, every question card of every source, no scrape leftovers. */
class RealContentTest {
  private static final String QUESTION_LIST = "002_d4dc0261d7812092.txt";
  private static final String LESSON = "003_d9d0bf56e10580d6.txt";
  private static final String PERSIAN = "004_2f7d5d5563126fa6.txt";

  @TempDir static Path temp;
  static Path site;

  @BeforeAll
  static void build() {
    site = temp.resolve("site");
    BuildReport report = Fixtures.build(Fixtures.realContent(), site, true);
    assertFalse(report.failed(), () -> String.valueOf(report.diagnostics()));
    assertEquals(0, report.warningCount(), () -> "no warning: " + report.diagnostics());
  }

  @Test
  void everyQuestionOfEverySourceBecomesACard() throws IOException {
    Map<String, Integer> cardsPerSource = new TreeMap<>();
    Map<String, Integer> qaCards = new TreeMap<>();
    for (Path chapter : chapters()) {
      Document doc = Jsoup.parse(chapter.toFile(), "UTF-8");
      String source = sourceOf(chapter);
      cardsPerSource.merge(source, doc.select("article.qbox").size(), Integer::sum);
      qaCards.merge(source, doc.select("article.qbox:not(li > article.qbox)").size(), Integer::sum);
      assertEquals(doc.select("article.qbox").size(), doc.select("article.qbox[id]").size());
    }
    assertEquals(24, cardsPerSource.get(PERSIAN), "the Persian file's qboxes");
    assertEquals(57, cardsPerSource.get(QUESTION_LIST), "bold questions and prompts of the question list");
    assertEquals(6, cardsPerSource.get(LESSON), "3 Q/A pairs + 2 self-check questions + 1 interview-prep question");
  }

  @Test
  void lessonHasItsThreeQaPairsTwoSelfChecksAndThePrepQuestion() throws IOException {
    Document lesson = Jsoup.parse(site.resolve("en/interview-essentials/index.html").toFile(), "UTF-8");
    List<String> answered = lesson.select("article.qbox[data-answered=true] .qbox-text").eachText();
    List<String> open = lesson.select("article.qbox[data-answered=false] .qbox-text").eachText();
    assertEquals(List.of("Explain a Django request lifecycle.", "Optimize a slow list page?", "Custom user model?",
        "Must-know Django interview topics?"), answered);
    assertEquals(List.of("Can you draw MVT flow from memory?", "How would you explain N+1 to a junior dev?"), open);
  }

  @Test
  void questionListHasThirtyQuestionsAndTwentySevenPrompts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path chapter : chapters()) {
      if (sourceOf(chapter).equals(QUESTION_LIST)) {
        texts.addAll(Jsoup.parse(chapter.toFile(), "UTF-8").select(".qbox-text").eachText());
      }
    }
    assertEquals(30, texts.stream().filter(t -> t.endsWith("?")).count());
    assertEquals(27, texts.stream().filter(t -> t.endsWith(".")).count());
  }

  @Test
  void noSiteChromeOfTheLessonSurvives() throws IOException {
    String text = Jsoup.parse(site.resolve("en/interview-essentials/index.html").toFile(), "UTF-8").text();
    for (String chrome : List.of("Skip to content", "Not saved yet", "Track mode", "Past discussion",
        "Step 33/36", "Sign up or log in", "Multiple choice")) {
      if (chrome.equals("Skip to content")) {
        assertEquals(1, count(text, chrome), "only the site's own skip link");
      } else {
        assertFalse(text.contains(chrome), chrome);
      }
    }
    try (Stream<Path> files = Files.walk(Fixtures.realContent())) {
      for (Path md : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        String source = Files.readString(md);
        for (String chrome : List.of("Skip to content", "Not saved yet", "Track mode", "Past discussion")) {
          assertFalse(source.contains(chrome), md + " contains " + chrome);
        }
      }
    }
  }

  @Test
  void everyPythonBlockParses() throws Exception {
    Pattern block = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);
    int checked = 0;
    try (Stream<Path> files = Files.walk(Fixtures.realContent())) {
      for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Matcher m = block.matcher(Files.readString(md));
        while (m.find()) {
          assertPythonParses(md, m.group(1));
          checked++;
        }
      }
    }
    assertTrue(checked >= 5, "python blocks found: " + checked);
  }

  @Test
  void selectRelatedIsInlineCodeInTheVietnamesePlan() throws IOException {
    Document plan = Jsoup.parse(site.resolve("vi/ke-hoach-on-tap/index.html").toFile(), "UTF-8");
    assertTrue(plan.select("code").eachText().contains("select_related"));
    assertFalse(plan.text().contains("select\\_related"));
    assertFalse(plan.text().contains("Chúc mừng bạn có lịch phỏng vấn"));
  }

  private static void assertPythonParses(Path md, String code) throws Exception {
    Process p = new ProcessBuilder("python3", "-c", "import ast,sys; ast.parse(sys.stdin.read())")
        .redirectErrorStream(true).start();
    p.getOutputStream().write(code.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), () -> md + ": python block does not parse:\n" + code + "\n" + out);
  }

  private static List<Path> chapters() throws IOException {
    List<Path> chapters = new ArrayList<>();
    try (Stream<Path> md = Files.walk(Fixtures.realContent())) {
      for (Path file : md.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Path rel = Fixtures.realContent().relativize(file);
        String slug = rel.subpath(1, rel.getNameCount()).toString().replaceAll("\\.md$", "");
        chapters.add(site.resolve(rel.getName(0).toString()).resolve(slug).resolve("index.html"));
      }
    }
    return chapters;
  }

  /** The {@code source:} of the chapter's Markdown file. */
  private static String sourceOf(Path chapterHtml) throws IOException {
    Path rel = site.relativize(chapterHtml.getParent());
    Path md = Fixtures.realContent().resolve(rel.getName(0).toString()).resolve(rel.getFileName() + ".md");
    Matcher m = Pattern.compile("(?m)^source:\\s*(\\S+)").matcher(Files.readString(md));
    return m.find() ? m.group(1) : "";
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
