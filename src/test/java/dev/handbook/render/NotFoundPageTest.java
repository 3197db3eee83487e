package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.BuildOptions;
import dev.handbook.build.BuildReport;
import dev.handbook.build.Pipeline;
import dev.handbook.content.PathDisplay;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 404.html is served at any missing path, so with a base URL it links from the site's absolute path. */
class NotFoundPageTest {
  @TempDir Path temp;

  @Test
  void withBaseUrlEveryLinkIsRootedAtTheSitePath() throws IOException {
    Path site = temp.resolve("site");
    BuildReport report = new Pipeline(new PathDisplay(Fixtures.projectDir())).run(new BuildOptions(
        Fixtures.fixtureContent("small"), Fixtures.templates(), site, true, true, false,
        "https://user.example.io/handbook"));
    assertFalse(report.failed(), () -> report.diagnostics().toString());
    Document page = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
    assertEquals("/handbook/assets/handbook.css", page.select("link[rel=stylesheet]").attr("href"));
    for (String href : page.select("a[href], link[href], script[src]").eachAttr("href")) {
      assertTrue(href.startsWith("/handbook/") || href.startsWith("#"), href);
    }
    assertTrue(page.select("main a[hreflang=fa]").attr("href").equals("/handbook/fa/index.html"));
    String sitemap = Fixtures.read(site.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://user.example.io/handbook/en/notes/</loc>"), sitemap);
  }

  @Test
  void withoutBaseUrlLinksAreRelativeToTheRoot() throws IOException {
    Path site = temp.resolve("site");
    assertFalse(Fixtures.build(Fixtures.fixtureContent("small"), site, true).failed());
    Document page = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
    assertEquals("assets/handbook.css", page.select("link[rel=stylesheet]").attr("href"));
    assertFalse(java.nio.file.Files.exists(site.resolve("sitemap.xml")), "a sitemap takes absolute addresses only");
  }
}
