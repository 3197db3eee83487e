package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Keys;

/**
 * On a 390x844 phone nothing scrolls sideways, on any page of the real handbook or of the reading fixture
 * (long code, wide tables), and the navigation folds behind the menu button, which opens and closes it.
 * On a laptop the navigation is always shown and the menu button is not.
 */
class PhoneLayoutTest {
  static Path realSite;
  static SiteServer real;
  static SiteServer reading;
  static Browser browser;

  @BeforeAll
  static void start() {
    realSite = HandbookSite.real();
    real = SiteServer.start(realSite);
    reading = SiteServer.start(HandbookSite.reading());
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    real.close();
    reading.close();
  }

  @Test
  void phoneViewportIsExactly390By844() {
    browser.phone();
    browser.open(real.url("en/index.html"));
    assertEquals(390L, browser.js("return window.innerWidth"));
    assertEquals(844L, browser.js("return window.innerHeight"));
  }

  @TestFactory
  Stream<DynamicTest> noPageScrollsSidewaysOnAPhone() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String page : HandbookSite.htmlPages(realSite)) {
      tests.add(DynamicTest.dynamicTest(page, () -> assertNoSidewaysScroll(real.url(page))));
    }
    for (String page : HandbookSite.htmlPages(HandbookSite.reading())) {
      tests.add(DynamicTest.dynamicTest("reading fixture " + page,
          () -> assertNoSidewaysScroll(reading.url(page))));
    }
    return tests.stream();
  }

  private static void assertNoSidewaysScroll(String url) {
    browser.phone();
    browser.open(url);
    assertFalse(browser.scrollsSideways(), () -> "scrolls sideways at 390 px: " + url + " is "
        + browser.js("return document.documentElement.scrollWidth") + " px wide; widest element: "
        + browser.js("var w = null; document.querySelectorAll('body *').forEach(function (e) {"
            + " var r = e.getBoundingClientRect(); if (r.right > innerWidth + 1 || r.left < -1) {"
            + " if (!w) { w = e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right); } } });"
            + " return w;"));
    // Opening the navigation must not make the page wider either.
    browser.find(".nav-toggle").click();
    assertFalse(browser.scrollsSideways(), () -> "scrolls sideways with the navigation open: " + url);
  }

  @TestFactory
  Stream<DynamicTest> navigationOpensBehindTheMenuButton() {
    return HandbookSite.LANGUAGES.stream().map(lang -> DynamicTest.dynamicTest(lang, () -> {
      browser.phone();
      String chapter = HandbookSite.onePerKind(realSite, lang).get("chapter");
      browser.open(real.url(chapter));
      assertTrue(browser.visible(".nav-toggle"), "the menu button shows on a phone");
      assertFalse(browser.visible("#site-nav"), "the navigation starts folded");
      assertEquals("false", browser.find(".nav-toggle").getDomAttribute("aria-expanded"));

      browser.find(".nav-toggle").click();
      assertTrue(browser.visible("#site-nav"), "the menu button opens the navigation");
      assertEquals("true", browser.find(".nav-toggle").getDomAttribute("aria-expanded"));
      assertTrue((Boolean) browser.js("return document.getElementById('site-nav').contains(document.activeElement)"),
          "focus moves into the open navigation");
      assertNavInsideViewport();

      browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      assertFalse(browser.visible("#site-nav"), "Escape folds the navigation");
      assertEquals("nav-toggle", browser.driver().switchTo().activeElement().getDomAttribute("class"),
          "focus returns to the menu button");

      browser.find(".nav-toggle").click();
      browser.find(".nav-toggle").click();
      assertFalse(browser.visible("#site-nav"), "the menu button folds it again");

      // A link in the open navigation leads to its page.
      browser.js("window.scrollTo(0, document.body.scrollHeight)");
      browser.find(".nav-toggle").click();
      assertNavInsideViewport();
      String target = browser.find("#site-nav .nav-extra a").getDomAttribute("href");
      browser.find("#site-nav .nav-extra a").click();
      browser.waitUntil(() -> browser.driver().getCurrentUrl().endsWith(target.replace("../", ""))
          && "complete".equals(browser.js("return document.readyState")));
      assertFalse(browser.visible("#site-nav"), "a new page starts with the navigation folded");
      assertEquals(List.of(), browser.consoleErrors());
    }));
  }

  @TestFactory
  Stream<DynamicTest> theOpenNavigationReachesTheBottomOfTheScreenAndScrolls() {
    // On a topic page its Topics group starts open: the drawer is then taller than the screen.
    return HandbookSite.LANGUAGES.stream().map(lang -> DynamicTest.dynamicTest(lang, () -> {
      browser.phone();
      browser.open(real.url(HandbookSite.onePerKind(realSite, lang).get("topic")));
      browser.find(".nav-toggle").click();
      assertNavInsideViewport();
      assertEquals(true, browser.js("var r = document.getElementById('site-nav').getBoundingClientRect();"
          + " return Math.abs(r.bottom - innerHeight) <= 1;"), "the drawer runs to the bottom of the screen");
      assertEquals(true, browser.js("var t = document.querySelector('.nav-toggle').getBoundingClientRect();"
          + " var hit = document.elementFromPoint(t.left + t.width / 2, t.top + t.height / 2);"
          + " return document.querySelector('.nav-toggle').contains(hit);"), "the menu button stays uncovered");
      browser.js("var nav = document.getElementById('site-nav'); nav.scrollTop = nav.scrollHeight;");
      assertEquals(true, browser.js("var links = document.querySelectorAll('#site-nav a');"
          + " var r = links[links.length - 1].getBoundingClientRect(); return r.bottom <= innerHeight + 1 && r.top >= 0;"),
          "the last link of the navigation can be scrolled into view");
      assertEquals("hidden", browser.js("return getComputedStyle(document.documentElement).overflowY"),
          "the page behind the drawer does not scroll");
      // Tabbing past the last link leaves the drawer, which closes rather than shade the focused page.
      browser.js("var links = document.querySelectorAll('#site-nav a'); links[links.length - 1].focus();");
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      browser.waitUntil(() -> !browser.visible("#site-nav"));
      assertEquals("false", browser.find(".nav-toggle").getDomAttribute("aria-expanded"));
    }));
  }

  @Test
  void anchoredHeadingsLandBelowAHeaderThatWrapped() {
    // Between phone and laptop widths the header bar may wrap into two rows; a heading reached by its link must
    // still show below it.
    String chapter = HandbookSite.onePerKind(realSite, "en").get("chapter");
    for (int width : new int[] {800, 900, 1366}) {
      browser.desktop(width, 900);
      browser.open(real.url(chapter));
      String id = (String) browser.js("var hs = document.querySelectorAll('.content h2[id]');"
          + " return hs[hs.length - 1].id;");
      browser.open(real.url(chapter) + "#" + id);
      browser.waitUntil(() -> (Boolean) browser.js("return Math.abs(document.getElementById(arguments[0])"
          + ".getBoundingClientRect().top - parseFloat(getComputedStyle(document.documentElement)"
          + ".scrollPaddingTop)) < 40 || innerHeight + scrollY >= document.body.scrollHeight - 2", id));
      assertEquals(true, browser.js("var h = document.getElementById(arguments[0]).getBoundingClientRect();"
          + " var bar = document.querySelector('.site-header').getBoundingClientRect();"
          + " return h.top >= bar.bottom - 1;", id), width + " px: #" + id + " is under the header");
    }
    browser.desktop();
  }

  private static void assertNavInsideViewport() {
    assertTrue((Boolean) browser.js("var r = document.getElementById('site-nav').getBoundingClientRect();"
        + " var h = document.querySelector('.site-header').getBoundingClientRect();"
        + " return r.top >= h.bottom - 1 && r.top < innerHeight && r.bottom <= innerHeight + 1"
        + " && r.left >= -1 && r.right <= innerWidth + 1;"), "the open navigation sits in view, below the header");
  }

  @Test
  void theContentsMarkTheSectionBeingRead() {
    browser.desktop();
    browser.open(real.url("en/django-notes/index.html"));
    String active = "var a = document.querySelector('.page-toc a.is-active'); return a ? a.getAttribute('href') : '';";
    String first = (String) browser.js("return document.querySelector('.page-toc a').getAttribute('href')");
    browser.waitUntil(() -> first.equals(browser.js(active)));
    // A heading in the middle, scrolled to the top: its entry.
    String middle = (String) browser.js("var links = document.querySelectorAll('.page-toc a');"
        + " var link = links[Math.floor(links.length / 2)];"
        + " document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))).scrollIntoView();"
        + " return link.getAttribute('href');");
    browser.waitUntil(() -> middle.equals(browser.js(active)));
    // The end of the page: the last entry, though its short section never reaches the top of the window.
    String last = (String) browser.js("var links = document.querySelectorAll('.page-toc a');"
        + " window.scrollTo(0, document.documentElement.scrollHeight); return links[links.length - 1].getAttribute('href');");
    browser.waitUntil(() -> last.equals(browser.js(active)));
  }

  @Test
  void laptopShowsTheNavigationAndNoMenuButton() {
    browser.desktop();
    for (String lang : HandbookSite.LANGUAGES) {
      browser.open(real.url(HandbookSite.onePerKind(realSite, lang).get("chapter")));
      assertTrue(browser.visible("#site-nav"), lang);
      assertFalse(browser.visible(".nav-toggle"), lang);
      assertTrue(browser.visible(".page-toc"), lang + ": the table of contents beside the text");
      assertFalse(browser.visible(".toc-inline"), lang + ": no second table of contents in the text");
    }
  }
}
