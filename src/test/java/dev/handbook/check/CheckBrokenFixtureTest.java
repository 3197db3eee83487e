package dev.handbook.check;

import static dev.handbook.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.content.PathDisplay;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code handbook check} on {@code fixtures/check-broken}, a handbook with one instance of every problem: every
 * lint code is reported at its place, the JSON follows its documented schema, and nothing is written.
 */
class CheckBrokenFixtureTest {
  private static final Path CONTENT = Fixtures.fixtureContent("check-broken");
  private static final Path SITE = CONTENT.resolveSibling("site");
  private static CliRun json;

  @BeforeAll
  static void checkOnce() {
    json = run("check", "--format", "json", "--content", CONTENT.toString(), "--templates",
        Fixtures.templates().toString(), "--out", SITE.toString());
  }

  @Test
  void jsonFollowsTheDocumentedSchema() throws IOException {
    assertEquals(1, json.exit(), "errors exist, so check exits 1");
    assertEquals("", json.err(), "json mode writes only the document");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals(List.of("version", "summary", "diagnostics"), names(root));
    assertEquals(1, root.get("version").asInt());
    JsonNode summary = root.get("summary");
    assertEquals(List.of("strict", "pages", "errors", "warnings", "unanswered"), names(summary));
    assertFalse(summary.get("strict").asBoolean());
    assertEquals(List.of("vi", "en", "fa"), names(summary.get("pages")));
    assertEquals(4, summary.get("pages").get("en").asInt());
    assertEquals(List.of("vi", "en", "fa"), names(summary.get("unanswered")));
    assertEquals(2, summary.get("unanswered").get("en").asInt());
    assertEquals(0, summary.get("unanswered").get("fa").asInt());
    long errors = 0;
    for (JsonNode d : root.get("diagnostics")) {
      assertEquals(List.of("file", "line", "column", "severity", "code", "message", "hint"), names(d));
      assertTrue(d.get("file").isTextual() && d.get("code").isTextual() && d.get("message").isTextual()
          && d.get("hint").isTextual(), d::toString);
      assertTrue(d.get("line").isInt() && d.get("line").asInt() >= 1, d::toString);
      assertTrue(d.get("column").isInt() && d.get("column").asInt() >= 1, d::toString);
      assertTrue(Set.of("error", "warning").contains(d.get("severity").asText()), d::toString);
      errors += d.get("severity").asText().equals("error") ? 1 : 0;
    }
    assertEquals(errors, summary.get("errors").asLong());
    assertEquals(root.get("diagnostics").size() - errors, summary.get("warnings").asLong());
  }

  @Test
  void everyLintCodeIsReportedAtItsPlace() throws IOException {
    Set<String> found = new LinkedHashSet<>();
    for (JsonNode d : new ObjectMapper().readTree(json.out()).get("diagnostics")) {
      found.add(file(d) + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + " "
          + d.get("severity").asText() + " " + d.get("code").asText());
    }
    List<String> expected = List.of(
        "en/links.md:14:3 error link-file-missing",
        "en/links.md:14:37 error link-anchor-missing",
        "en/links.md:15:6 error link-into-site",
        "en/links.md:15:44 error link-outside-content",
        "en/links.md:15:75 error link-absolute",
        "en/links.md:16:3 error link-unsafe",
        "en/links.md:16:37 warning image-external",
        "en/links.md:18:4 warning heading-empty",
        "en/questions.md:13:1 warning question-unanswered",
        "en/questions.md:16:1 warning question-number-order",
        "en/questions.md:20:1 warning question-number-duplicate",
        "en/questions.md:20:1 warning question-repeated",
        "en/questions.md:23:1 warning topic-none",
        "en/questions.md:25:1 warning block-unknown",
        "en/questions.md:29:3 warning html-removed",
        "en/questions.md:31:1 warning block-unclosed",
        "en/bare.md:1:1 warning front-matter-missing",
        "en/partial.md:1:1 warning front-matter-missing",
        "fa/persian.md:10:9 warning persian-arabic-letter",
        "vi/nfc.md:11:3 warning text-not-nfc",
        "notes.txt:1:1 warning file-outside-language",
        "topics.yml:4:11 warning topic-name-missing");
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(found);
    assertEquals(List.of(), missing, () -> "found: " + found);
    assertEquals(expected.size(), found.size(), () -> "unexpected extra diagnostics: " + found);
  }

  @Test
  void messagesSayWhatIsWrongAndHowToFixIt() throws IOException {
    JsonNode all = new ObjectMapper().readTree(json.out()).get("diagnostics");
    assertEquals("did you mean 'questions.md'?", byCode(all, "link-file-missing").get("hint").asText());
    assertEquals("the closest existing anchor is '#q-1'", byCode(all, "link-anchor-missing").get("hint").asText());
    assertTrue(byCode(all, "question-unanswered").get("message").asText().startsWith("2 questions on this page have no answer yet (2 in 'en')"));
    assertTrue(byCode(all, "persian-arabic-letter").get("message").asText().contains("3 Arabic letters"));
    assertTrue(byCode(all, "question-repeated").get("message").asText().endsWith("en/questions.md:9"));
    List<String> missingFields = new ArrayList<>();
    all.forEach(d -> {
      if (d.get("code").asText().equals("front-matter-missing")) {
        missingFields.add(file(d) + " " + d.get("message").asText());
      }
    });
    assertEquals(List.of("en/bare.md page has no front matter",
        "en/partial.md front matter has no 'description'",
        "en/partial.md front matter has no 'order'"), missingFields);
  }

  @Test
  void textFormatPrintsLocatedDiagnosticsAndASummary() {
    CliRun text = run("check", "--content", CONTENT.toString(), "--templates", Fixtures.templates().toString(),
        "--out", SITE.toString());
    assertEquals(1, text.exit());
    String links = new PathDisplay(Path.of("")).of(CONTENT.resolve("en/links.md"));
    assertTrue(text.err().contains(links + ":14:3: error: link to 'question.md': the handbook has no page or file "
        + "en/question.md\n    hint: did you mean 'questions.md'?"), text.err());
    assertTrue(text.out().matches("checked 6 pages \\(vi 1, en 4, fa 1\\): 6 errors, 17 warnings; questions without "
        + "an answer: vi 0, en 2, fa 0\n"), text.out());
    assertFalse(text.err().contains("Exception"), text.err());
    assertFalse(Files.exists(SITE), "check writes no site");
  }

  @Test
  void strictMakesEveryWarningAnError() throws IOException {
    CliRun strict = run("check", "--strict", "--format", "json", "--content", CONTENT.toString(), "--templates",
        Fixtures.templates().toString(), "--out", SITE.toString());
    assertEquals(1, strict.exit());
    JsonNode root = new ObjectMapper().readTree(strict.out());
    assertTrue(root.get("summary").get("strict").asBoolean());
    assertEquals(0, root.get("summary").get("warnings").asInt());
    root.get("diagnostics").forEach(d -> assertEquals("error", d.get("severity").asText()));
  }

  private static JsonNode byCode(JsonNode all, String code) {
    for (JsonNode d : all) {
      if (d.get("code").asText().equals(code)) {
        return d;
      }
    }
    throw new AssertionError("no diagnostic " + code);
  }

  /** The file below the fixture's content folder. */
  private static String file(JsonNode d) {
    String path = d.get("file").asText();
    int at = path.indexOf("check-broken/content/");
    return at < 0 ? path : path.substring(at + "check-broken/content/".length());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

}
