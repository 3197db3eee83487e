package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every page kind in every language, and the reading fixture's chapters in use on a phone, load in
 * Chromium without a console error, served under a sub-path
 * with {@code Content-Security-Policy: default-src 'self'} (as a meta tag): no script error, no refused
 * inline script or style, no request to another host, no missing file.
 */
class ConsoleErrorsTest {
  static Path site;
  static SiteServer server;
  static SiteServer reading;
  static Browser browser;

  @BeforeAll
  static void start() {
    site = HandbookSite.real();
    server = SiteServer.start(site);
    reading = SiteServer.start(HandbookSite.reading());
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
    reading.close();
  }

  /** The scripts and styles a page names must exist, or the console check below would only report a 404. */
  @Test
  void everyScriptAndStylesheetAPageNamesExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String page : HandbookSite.htmlPages(site)) {
      Path folder = site.resolve(page).getParent();
      for (Element e : Jsoup.parse(site.resolve(page).toFile()).select("script[src], link[href]")) {
        String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        Path target = folder.resolve(ref.replaceFirst("[?#].*", "")).normalize();
        if (!Files.isRegularFile(target)) {
          missing.add(page + " -> " + ref);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @TestFactory
  Stream<DynamicTest> noConsoleErrorOnAnyPageKind() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String lang : HandbookSite.LANGUAGES) {
      HandbookSite.onePerKind(site, lang).forEach((kind, page) -> tests.add(
          DynamicTest.dynamicTest(lang + " " + kind + " " + page, () -> assertCleanLoad(server, page))));
    }
    tests.add(DynamicTest.dynamicTest("search page with a query",
        () -> assertCleanLoad(server, "fa/search/index.html?q=%D8%AC%D9%86%DA%AF%D9%88")));
    for (String page : List.of("vi/on-tap/index.html", "en/study/index.html", "fa/motaleh/index.html")) {
      tests.add(DynamicTest.dynamicTest("reading fixture " + page + ", code blocks and study mode on a phone",
          () -> {
            browser.phone();
            assertCleanLoad(reading, page);
            browser.find(".study-toggle").click();
            browser.find(".qbox-known").click();
            browser.find(".nav-toggle").click();
            assertEquals(List.of(), browser.consoleErrors(), "console errors using " + page);
            browser.clearStorage();
            browser.desktop();
          }));
    }
    return tests.stream();
  }

  @Test
  void cspMetaIsReallyInjected() {
    browser.open(server.url("en/index.html"));
    Object csp = browser.js("var m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');"
        + " return m ? m.content : null;");
    assertEquals("default-src 'self'", csp);
    // The policy is live: an inline script is refused and reported as a console error.
    browser.consoleErrors();
    browser.js("var s = document.createElement('script'); s.textContent = 'window.inlineRan = 1';"
        + " document.head.appendChild(s);");
    assertEquals(null, browser.js("return window.inlineRan || null;"));
    assertTrue(browser.consoleErrors().stream().anyMatch(m -> m.contains("Content Security Policy")),
        "the CSP must block inline scripts and say so in the console");
  }

  private static void assertCleanLoad(SiteServer server, String page) {
    browser.consoleErrors();
    browser.open(server.url(page));
    // Interaction paths run too: open the search box, toggle theme, so their handlers are exercised.
    browser.js("var i = document.querySelector('input[type=search]'); if (i) { i.focus(); }");
    browser.js("var b = document.querySelector('.theme-toggle'); if (b && !b.hidden) { b.click(); b.click(); }");
    assertEquals(List.of(), browser.consoleErrors(), "console errors on " + page);
    List<String> foreign = browser.requestedUrls().stream().filter(u -> !u.startsWith(server.url(""))).toList();
    assertEquals(List.of(), foreign, "requests to another host from " + page);
  }
}
