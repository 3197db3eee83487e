package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The language switcher, clicked like a reader would, lands on the same page in the other language:
 * topics, a topic, search, print and help pages have one in every language; a chapter, whose languages
 * hold different chapters, leads to the other language's home. Checked from every language, on a
 * laptop and on a phone (where the switcher shows language codes).
 */
class LanguageSwitcherTest {
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

  @TestFactory
  Stream<DynamicTest> switcherLandsOnTheEquivalentPage() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String from : HandbookSite.LANGUAGES) {
      HandbookSite.onePerKind(site, from).forEach((kind, page) -> {
        if (kind.equals("root") || kind.equals("404")) {
          return;
        }
        for (String to : HandbookSite.LANGUAGES) {
          boolean phone = to.equals("fa");
          String expected = kind.equals("chapter") ? to + "/index.html" : to + page.substring(from.length());
          tests.add(DynamicTest.dynamicTest(from + " " + kind + " -> " + to + (phone ? " (phone)" : ""),
              () -> assertSwitch(page, to, expected, kind.equals("chapter") ? "home" : kind, phone)));
        }
      });
    }
    for (String to : HandbookSite.LANGUAGES) {
      tests.add(DynamicTest.dynamicTest("root chooser -> " + to,
          () -> assertSwitch("index.html", to, to + "/index.html", "home", false)));
    }
    return tests.stream();
  }

  private static void assertSwitch(String page, String to, String expected, String expectedKind, boolean phone) {
    if (phone) {
      browser.phone();
    } else {
      browser.desktop();
    }
    browser.open(server.url(page));
    browser.find(".lang-switch a[hreflang='" + to + "']").click();
    browser.waitUntil(() -> server.pathOf(browser.driver().getCurrentUrl()).equals(expected)
        && "complete".equals(browser.js("return document.readyState")));
    assertEquals(to, browser.js("return document.documentElement.lang"));
    assertEquals(expectedKind, browser.js("return document.documentElement.dataset.kind"));
    assertEquals(List.of(), browser.consoleErrors());
    browser.desktop();
  }
}
