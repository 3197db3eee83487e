package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Dark mode follows the system until the reader picks a theme with the switch; the pick is remembered
 * across pages and reloads. Checked on a chapter of each language.
 */
class ThemeTest {
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

  @AfterEach
  void systemDefault() {
    browser.systemColorScheme("");
  }

  @TestFactory
  Stream<DynamicTest> darkModeFollowsTheSystemAndTheSwitchIsRemembered() {
    return HandbookSite.LANGUAGES.stream().map(lang -> DynamicTest.dynamicTest(lang, () -> {
      String chapter = server.url(HandbookSite.onePerKind(site, lang).get("chapter"));
      browser.open(chapter);
      browser.clearStorage();

      browser.systemColorScheme("dark");
      browser.reload();
      assertTrue(isDark(), "follows a dark system");
      assertEquals("true", browser.find(".theme-toggle").getDomAttribute("aria-pressed"));
      browser.systemColorScheme("light");
      assertTrue(!isDark(), "follows the system when it changes, without a reload");
      // The media "change" event that updates the button arrives as a task, after the restyle.
      browser.waitUntil(() -> "false".equals(browser.find(".theme-toggle").getDomAttribute("aria-pressed")));

      browser.find(".theme-toggle").click();
      assertTrue(isDark(), "the switch turns a light page dark");
      assertEquals("true", browser.find(".theme-toggle").getDomAttribute("aria-pressed"));
      browser.reload();
      assertTrue(isDark(), "the choice survives a reload, against a light system");
      browser.open(server.url(lang + "/topics/index.html"));
      assertTrue(isDark(), "and holds on other pages");

      browser.systemColorScheme("dark");
      browser.find(".theme-toggle").click();
      assertTrue(!isDark(), "the switch turns a dark page light");
      browser.reload();
      assertTrue(!isDark(), "a light choice survives a reload, against a dark system");
      assertEquals(List.of(), browser.consoleErrors());
      browser.clearStorage();
    }));
  }

  /** The page is dark when its background is darker than its text. */
  private static boolean isDark() {
    return (Boolean) browser.js("function lum(c) { var m = c.match(/\\d+(\\.\\d+)?/g).map(Number);"
        + " return 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]; }"
        + " var s = getComputedStyle(document.body);"
        + " return lum(s.backgroundColor) < 80 && lum(s.color) > 170;");
  }
}
