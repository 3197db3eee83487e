package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Persian text is set in the self-hosted Vazirmatn, fetched from the site itself and only by pages that
 * show Persian text; a Vietnamese or English chapter (whose language switcher names فارسی in the system
 * font) never downloads it. Topic and help pages listing Persian questions do, as they show Persian.
 */
class FontTest {
  static final String FONT_FILE = "assets/fonts/vazirmatn-arabic-wght-normal.woff2";
  static Path site;
  static SiteServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    site = HandbookSite.real();
    server = SiteServer.start(site);
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void persianPagesUseTheSelfHostedFont() {
    browser.open(server.url(HandbookSite.onePerKind(site, "fa").get("chapter")));
    waitForFonts();
    assertTrue(browser.style("main p", "font-family").startsWith("\"Vazirmatn Handbook\""),
        browser.style("main p", "font-family"));
    assertTrue(fetched(), "the Persian chapter loads " + FONT_FILE + ": " + browser.requestedUrls());
    assertEquals(true, browser.js("return document.fonts.check('16px \"Vazirmatn Handbook\"', 'سلام');"));
    assertTrue(browser.requestedUrls().stream().allMatch(u -> u.startsWith(server.url(""))),
        "every request goes to the site itself: " + browser.requestedUrls());
    assertEquals(List.of(), browser.consoleErrors());
  }

  /** Every Vietnamese and English page without Persian text (beyond the switcher) leaves the font alone. */
  @Test
  void pagesWithoutPersianTextNeverDownloadIt() {
    int checked = 0;
    for (String page : HandbookSite.htmlPages(site)) {
      if (page.startsWith("fa/")) {
        continue;
      }
      browser.open(server.url(page));
      boolean showsPersian = (Boolean) browser.js(
          "return document.querySelectorAll('body [lang=fa]:not(.lang-switch [lang=fa])').length > 0;");
      waitForFonts();
      if (!showsPersian) {
        checked++;
        assertFalse(fetched(), page + " downloaded the Persian font without showing Persian text");
      }
    }
    assertTrue(checked > 10, "expected many pages without Persian text, found " + checked);
  }

  private static void waitForFonts() {
    browser.driver().executeAsyncScript("var done = arguments[0]; document.fonts.ready.then(function () { done(); });");
  }

  private static boolean fetched() {
    return browser.requestedUrls().stream().anyMatch(u -> u.endsWith(FONT_FILE));
  }
}
