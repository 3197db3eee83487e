package dev.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.BuildReport;
import dev.handbook.content.PathDisplay;
import dev.handbook.diag.Diagnostic;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code links} fixture: {@code en/guide.md}, {@code fa/notes.md} and {@code vi/on-tap.md} link to each other
 * with relative {@code .md} paths and anchors; {@code en/broken.md} has one link of every broken kind.
 */
class LinkCheckFixtureTest {
  @TempDir Path temp;

  @Test
  void everyBrokenLinkIsAnErrorAtItsLineAndColumnWithASuggestion() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("links"), temp.resolve("content"));
    BuildReport report = Fixtures.build(content, temp.resolve("site"), false);
    assertTrue(report.failed());
    assertFalse(report.written(), "a build with broken links writes nothing");
    String broken = shown(content.resolve("en/broken.md"));
    assertEquals(List.of(
        broken + ":9:3: error: link-file-missing: did you mean 'guide.md'?",
        broken + ":9:25: error: link-anchor-missing: the closest existing anchor is '#django-orm-highlights'",
        broken + ":10:10: error: link-into-site: link to the Markdown file instead: 'guide.md'",
        broken + ":10:59: error: link-absolute: write the path relative to this file: 'guide.md'",
        broken + ":12:1: warning: image-external: copy the image into the language folder and link to it with a "
            + "relative path",
        broken + ":14:1: error: link-file-missing: save the image as en/img/lifecycle.svg in the content folder, "
            + "or correct the path: it is relative to this file",
        broken + ":14:37: error: link-file-missing: did you mean 'img/diagram.svg'?",
        broken + ":16:1: error: link-file-missing: did you mean '../fa/notes.md'?"),
        report.diagnostics().stream().map(LinkCheckFixtureTest::line).toList());
  }

  @Test
  void aPageThatCannotBeReadHasOneErrorAndTheLinksToItNone() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("links"), temp.resolve("content"));
    Files.delete(content.resolve("en/broken.md"));
    Files.writeString(content.resolve("en/guide.md"), "---\ntitle: [unclosed\n---\n\nText.\n");
    BuildReport report = Fixtures.build(content, temp.resolve("site"), false);
    assertEquals(1, report.diagnostics().size(), report.diagnostics()::toString);
    assertTrue(report.diagnostics().get(0).path().endsWith("en/guide.md"));
  }

  @Test
  void strictTurnsTheExternalImageWarningIntoAnError() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("links"), temp.resolve("content"));
    Files.writeString(content.resolve("en/broken.md"),
        "---\ntitle: Broken\norder: 2\n---\n\n## Picture\n\n![From another host](https://example.org/logo.png)\n");
    assertFalse(Fixtures.build(content, temp.resolve("lenient"), false).failed());
    BuildReport strict = Fixtures.build(content, temp.resolve("strict"), true);
    assertTrue(strict.failed());
    assertEquals("image-external", strict.diagnostics().get(0).code());
    assertTrue(strict.diagnostics().get(0).isError());
  }

  @Test
  void goodLinksAreRewrittenToTheOutputUrls() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("links"), temp.resolve("content"));
    Files.delete(content.resolve("en/broken.md"));
    Path site = temp.resolve("site");
    BuildReport report = Fixtures.build(content, site, true);
    assertFalse(report.failed(), () -> report.diagnostics().toString());

    Document guide = page(site.resolve("en/guide/index.html"));
    List<String> hrefs = guide.select("main a[href]").stream()
        .map(a -> a.attr("href")).distinct().toList();
    assertTrue(hrefs.containsAll(List.of(
        "#django-orm-highlights",
        "#questions",
        "../../fa/notes/index.html#q-1",
        "../../vi/on-tap/index.html",
        "../../vi/on-tap/index.html#on-lai-kien-thuc",
        "../../vi/on-tap/index.html#dat-cau-hoi",
        "https://docs.djangoproject.com/en/5.0/",
        "../../en/img/diagram.svg")), hrefs::toString);
    assertTrue(hrefs.stream().noneMatch(h -> h.endsWith(".md") || h.contains(".md#")), hrefs::toString);
    assertEquals("The plan", guide.selectFirst("a[href=../../vi/on-tap/index.html#dat-cau-hoi]").attr("title"));
    assertEquals("../../en/img/diagram.svg", guide.selectFirst("main img").attr("src"));
    assertTrue(Files.isRegularFile(site.resolve("en/img/diagram.svg")));

    Document persian = page(site.resolve("fa/notes/index.html"));
    assertTrue(persian.select("a[href]").stream()
        .anyMatch(a -> a.attr("href").equals("../../en/guide/index.html#django-orm-highlights")));
    Document vietnamese = page(site.resolve("vi/on-tap/index.html"));
    assertTrue(vietnamese.select("a[href]").stream()
        .anyMatch(a -> a.attr("href").equals("../../fa/notes/index.html#جنگو-و-orm")));

    // Every rewritten link lands on an existing file and, when it has one, an existing id.
    for (Document doc : List.of(guide, persian, vietnamese)) {
      Path folder = Path.of(doc.location());
      for (var a : doc.select("main a[href^=../], main a[href^=#]")) {
        String href = a.attr("href");
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        Path target = file.isEmpty() ? folder.resolve("index.html") : folder.resolve(file).normalize();
        assertTrue(Files.isRegularFile(target), href + " from " + folder);
        if (hash >= 0 && target.toString().endsWith(".html")) {
          String id = href.substring(hash + 1);
          assertTrue(page(target).getElementById(id) != null, href + " names a missing id");
        }
      }
    }
  }

  @Test
  void thePrintPageLinksBackToTheChapters() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("links"), temp.resolve("content"));
    Files.delete(content.resolve("en/broken.md"));
    Path site = temp.resolve("site");
    assertFalse(Fixtures.build(content, site, true).failed());
    Document print = page(site.resolve("en/print/index.html"));
    assertTrue(print.select("main a[href]").stream()
        .anyMatch(a -> a.attr("href").equals("../../en/guide/index.html#django-orm-highlights")),
        "a same-page anchor written in a chapter points at the chapter from the print page");
  }

  private static Document page(Path file) throws IOException {
    return Jsoup.parse(file.toFile(), "UTF-8", file.getParent().toString());
  }

  /** Links and images written as raw HTML are checked like Markdown ones, and published at the page's URL. */
  @Test
  void rawHtmlLinksAreCheckedAndPublishedLikeMarkdownLinks() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("links"), temp.resolve("content"));
    Files.delete(content.resolve("en/broken.md"));
    Path raw = content.resolve("en/raw.md");
    Files.writeString(raw, """
        ---
        title: Raw HTML
        order: 3
        ---

        ## Links

        See <a href="guide.md#django-orm-highlights">the ORM notes</a> and <img src="img/diagram.svg" alt="diagram">.

        <p>Also <a href="../vi/on-tap.md">ôn tập</a>.</p>
        """);
    BuildReport good = Fixtures.build(content, temp.resolve("site"), true);
    assertFalse(good.failed(), () -> good.diagnostics().toString());
    Document page = Jsoup.parse(temp.resolve("site/en/raw/index.html").toFile(), "UTF-8");
    assertEquals(List.of("../../en/guide/index.html#django-orm-highlights", "../../vi/on-tap/index.html"),
        page.select("main p a").eachAttr("href"));
    assertEquals("../../en/img/diagram.svg", page.select("main img").attr("src"));

    Files.writeString(raw, Files.readString(raw).replace("guide.md#django-orm-highlights", "gide.md")
        .replace("img/diagram.svg", "img/diagam.svg").replace("../vi/on-tap.md", "../vi/on-tap.md#nowhere"));
    BuildReport broken = Fixtures.build(content, temp.resolve("site"), false);
    String at = shown(raw);
    assertEquals(List.of(
        at + ":8:5: error: link-file-missing: did you mean 'guide.md'?",
        at + ":8:45: error: link-file-missing: " + broken.diagnostics().get(1).hint(),
        at + ":10:9: error: link-anchor-missing: " + broken.diagnostics().get(2).hint()),
        broken.diagnostics().stream().map(LinkCheckFixtureTest::line).toList());
  }

  private static String shown(Path file) {
    return new PathDisplay(Fixtures.projectDir()).of(file);
  }

  private static String line(Diagnostic d) {
    return d.path() + ":" + d.line() + ":" + d.column() + ": " + d.severity().label() + ": " + d.code() + ": "
        + d.hint();
  }
}
