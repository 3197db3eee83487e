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

  /** The argument, then the two lines of the usage error it gets: what is wrong, and what to type instead. */
  private static final String[][] WRONG_ARGUMENTS = {
    {"en", "give a page name after the language: en/<name>", "e.g. en/my-page"},
    {"en/", "give a page name after the language: en/<name>", "e.g. en/my-page"},
    {"my-page", "'my-page' does not start with a language folder",
        "write LANG/NAME with LANG one of: vi, en, fa, e.g. en/my-page"},
    {"/etc/x", "'/etc/x' does not start with a language folder",
        "write LANG/NAME with LANG one of: vi, en, fa, e.g. en/etc/x"},
    {"de/signale", "'de' is not a language of handbook.yml",
        "write LANG/NAME with LANG one of: vi, en, fa, e.g. en/signale"},
    {"en/Django Signals", "'Django Signals' does not make a clean page address",
        "use lower-case words joined by '-', e.g. en/django-signals"},
    {"en/../x", "'../x' does not make a clean page address", "use lower-case words joined by '-', e.g. en/x"},
    {"en/a/../b", "'a/../b' does not make a clean page address",
        "use lower-case words joined by '-', e.g. en/a/b"},
    {"en/..", "'..' does not make a clean page address", "use lower-case words joined by '-', e.g. en/my-page"},
    {"en/topics", "'topics' does not make a clean page address", "the name 'topics' is used by the site itself"},
  };

  @Test
  void wrongArgumentsAreUsageErrorsThatSayWhatToTypeInstead() throws IOException {
    for (String[] row : WRONG_ARGUMENTS) {
      CliRun run = run("new", "--content", content.toString(), row[0]);
      assertEquals(2, run.exit(), row[0]);
      assertEquals("handbook: " + row[1] + "\n    hint: " + row[2] + "\nTry 'handbook new --help' for usage.\n",
          run.err(), row[0]);
    }
    assertFalse(Files.exists(content.resolve("en/topics.md")));
    assertFalse(Files.exists(temp.resolve("x.md")) || Files.exists(content.resolve("x.md")));
    assertEquals(2, run("new", "--content", content.toString()).exit(), "the name is required");
  }

  @Test
  void aMissingContentFolderIsAUsageError() {
    CliRun run = run("new", "--content", temp.resolve("nowhere").toString(), "en/page");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("handbook: content folder not found: "), run.err());
    assertFalse(Files.exists(temp.resolve("nowhere")));
  }
}
