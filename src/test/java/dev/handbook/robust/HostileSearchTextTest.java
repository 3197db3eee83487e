package dev.handbook.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.Browser;
import dev.handbook.browser.SiteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Text that looks like HTML, indexed from a page (code spans, escaped tags), comes back in search results as
 * text: shown as written, never parsed, in Chromium under {@code Content-Security-Policy: default-src 'self'}.
 */
class HostileSearchTextTest {
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String SCRIPT = "<script>alert(2)</script>";

  @TempDir static Path temp;
  static SiteServer server;
  static Browser browser;

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path content = temp.resolve("content");
    Files.createDirectories(content.resolve("en"));
    Files.writeString(content.resolve("handbook.yml"),
        "title: Hostile search\nlanguages:\n  - {code: en, name: English, dir: ltr}\n");
    Files.writeString(content.resolve("en/escaping.md"), "---\ntitle: Escaping in templates\n"
        + "---\n\n## Why `" + IMG + "` is harmless\n\nThe onerror handler in `" + IMG + "` never runs.\n\n"
        + "Q: What does &lt;script&gt;alert(2)&lt;/script&gt; do in a title?\n"
        + "A: Nothing: onerror and script are text.\n");
    Path site = temp.resolve("site");
    Cli.build(content, site).expect(0);
    server = SiteServer.start(site);
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void resultsShowIndexedHtmlAsText() {
    browser.open(server.url("en/search/index.html?q=onerror"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.js(
        "var box = document.querySelector('[data-search-results]');"
            + " return !box.hasAttribute('aria-busy') && box.querySelectorAll('a[href]').length > 0;"));
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert opened");
    assertEquals(0L, browser.js("return document.querySelectorAll("
        + "'[data-search-results] img, [data-search-results] script, [onerror]').length"), "an element was injected");
    String shown = (String) browser.js("return document.querySelector('[data-search-results]').textContent");
    assertTrue(shown.contains(IMG) || shown.contains(SCRIPT), "the indexed text is shown as written: " + shown);
    assertEquals(List.of(), browser.consoleErrors());
  }
}
