package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-site golden test: the {@code <main>} of every page of the small vi/en/fa fixture is compared with
 * {@code src/test/resources/golden/small/}. Regenerate after an intended change with
 * {@code mvn test -Dtest=GoldenSiteTest -Dhandbook.updateGolden=true} and review the diff.
 */
class GoldenSiteTest {
  private static final boolean UPDATE = Boolean.getBoolean("handbook.updateGolden");
  @TempDir static Path temp;
  static Path site;

  @BeforeAll
  static void build() {
    site = temp.resolve("site");
    BuildReport report = Fixtures.build(Fixtures.fixtureContent("small"), site, true);
    assertFalse(report.failed(), () -> "fixture must build cleanly: " + report.diagnostics());
  }

  @TestFactory
  Stream<DynamicTest> mainOfEveryPageMatchesGolden() throws IOException {
    Path goldenDir = Fixtures.projectDir().resolve("src/test/resources/golden/small");
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() > 20, "expected every page kind, found " + pages.size());
    return pages.stream().map(page -> DynamicTest.dynamicTest(site.relativize(page).toString(), () -> {
      String actual = mainOf(page);
      Path golden = goldenDir.resolve(site.relativize(page).toString());
      if (UPDATE || !Files.exists(golden)) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertTrue(UPDATE, "golden file was missing and has been written: " + golden + "; rerun");
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          "rendered <main> differs from " + golden + " (regenerate with -Dhandbook.updateGolden=true)");
    }));
  }

  /** The real Persian chapter: 24 cards, break-line separators, right-to-left with isolated Latin runs. */
  @org.junit.jupiter.api.Test
  void realPersianChapterMatchesGolden() throws IOException {
    Path real = temp.resolve("real");
    BuildReport report = Fixtures.build(Fixtures.realContent(), real, true);
    assertFalse(report.failed(), () -> String.valueOf(report.diagnostics()));
    String actual = mainOf(real.resolve("fa/django-interview-questions/index.html"));
    Path golden = Fixtures.projectDir().resolve("src/test/resources/golden/real/fa/django-interview-questions.html");
    if (UPDATE || !Files.exists(golden)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      assertTrue(UPDATE, "golden file was missing and has been written: " + golden + "; rerun");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  /** The page's html element line and its main, so that lang/dir are part of the golden too. */
  private static String mainOf(Path page) throws IOException {
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    doc.outputSettings().prettyPrint(false);
    String html = "<html lang=\"" + doc.select("html").attr("lang") + "\" dir=\"" + doc.select("html").attr("dir")
        + "\">\n";
    return html + doc.select("main").outerHtml() + "\n";
  }
}
