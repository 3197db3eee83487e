package dev.handbook.cli;

import static dev.handbook.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.CliRun;
import dev.handbook.build.BuildReport;
import dev.handbook.content.PathDisplay;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook new LANG/NAME}: a page with front matter, placed last, never over an existing file. */
class NewCommandTest {
  @TempDir Path temp;
  Path content;

  @BeforeEach
  void copyFixture() {
    content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
  }

  @Test
  void createsAPageWithFrontMatterPlacedLastAndPrintsItsPath() throws IOException {
    CliRun run = run("new", "--content", content.toString(), "en/django-signals");
    assertEquals(0, run.exit(), run.err());
    Path file = content.resolve("en/django-signals.md");
    assertEquals(new PathDisplay(Path.of("")).of(file) + "\n", run.out());
    assertEquals("", run.err());
    assertEquals("---\ntitle: \"Django signals\"\n"
        + "description: \"What Django signals covers, in one sentence (replace this).\"\n"
        + "order: 3\ntopics: []\nsource: \"\"\n---\n\n## First section (rename it, then write under it)\n",
        Files.readString(file));
    BuildReport report = Fixtures.build(content, temp.resolve("site"), true);
    assertFalse(report.failed(), () -> report.diagnostics().toString());
    assertTrue(Files.isRegularFile(temp.resolve("site/en/django-signals/index.html")));
  }

  /** What CI runs: new pages, as written, pass {@code build --strict} and {@code check --strict}. */
  @Test
  void newPagesInEveryLanguageBuildAndCheckWithNoDiagnosticUnderStrict() throws IOException {
    Path fresh = Files.createDirectories(temp.resolve("fresh"));
    for (String config : new String[] {"handbook.yml", "topics.yml"}) {
      Files.copy(content.resolve(config), fresh.resolve(config));
    }
    for (String page : new String[] {"vi/ghi-chu-moi", "en/my-new-page", "fa/صفحه-نو", "en/part/nested-page"}) {
      assertEquals(0, run("new", "--content", fresh.toString(), page).exit(), page);
    }
    String templates = Fixtures.templates().toString();
    CliRun check = run("check", "--strict", "--content", fresh.toString(), "--templates", templates);
    assertEquals(0, check.exit(), check.err());
    assertEquals("", check.err());
    assertTrue(check.out().startsWith("checked 4 pages (vi 1, en 2, fa 1): 0 errors, 0 warnings"), check.out());
    CliRun build = run("build", "--strict", "--quiet", "--content", fresh.toString(), "--templates", templates,
        "--out", temp.resolve("site").toString());
    assertEquals(0, build.exit(), build.err());
    assertEquals("", build.err());
  }

  @Test
  void persianAndNestedNamesKeepTheirLetters() throws IOException {
    assertEquals(0, run("new", "--content", content.toString(), "fa/سیگنال-ها").exit());
    String persian = Files.readString(content.resolve("fa/سیگنال-ها.md"));
    assertTrue(persian.contains("title: \"سیگنال ها\"\n") && persian.contains("order: 2\n"), persian);
    assertEquals(0, run("new", "--content", content.toString(), "vi/on-tap/phan-hai.md").exit());
    String nested = Files.readString(content.resolve("vi/on-tap/phan-hai.md"));
    assertTrue(nested.contains("title: \"Phan hai\"\n") && nested.contains("order: 2\n"), nested);
  }

  @Test
  void neverOverwritesAPage() throws IOException {
    Path notes = content.resolve("en/notes.md");
    String before = Files.readString(notes);
    CliRun run = run("new", "--content", content.toString(), "en/notes");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("error: the page already exists; nothing was changed"), run.err());
    assertEquals(before, Files.readString(notes));
  }

  @Test
  void refusesUnknownLanguagesAndNamesThatDoNotMakeACleanAddress() {
    CliRun language = run("new", "--content", content.toString(), "de/signale");
    assertEquals(1, language.exit());
    assertTrue(language.err().contains("'de' is not a language of handbook.yml")
        && language.err().contains("vi, en, fa"), language.err());
    CliRun name = run("new", "--content", content.toString(), "en/Django Signals");
    assertEquals(1, name.exit());
    assertTrue(name.err().contains("e.g. en/django-signals"), name.err());
    CliRun reserved = run("new", "--content", content.toString(), "en/topics");
    assertEquals(1, reserved.exit());
    assertTrue(reserved.err().contains("used by the site itself"), reserved.err());
    assertFalse(Files.exists(content.resolve("en/topics.md")));
    assertEquals(2, run("new", "--content", content.toString()).exit(), "the name is required");
  }

}
