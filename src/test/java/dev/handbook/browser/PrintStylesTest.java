package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Printed, a page shows only its text: navigation, header, table of contents and study buttons are
 * hidden, every answer is printed even when the reader had hidden it, and links to other sites show
 * where they lead. The print-all page of each language prints every chapter.
 */
class PrintStylesTest {
  static SiteServer real;
  static SiteServer reading;
  static Browser browser;

  @BeforeAll
  static void start() {
    real = SiteServer.start(HandbookSite.real());
    reading = SiteServer.start(HandbookSite.reading());
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    real.close();
    reading.close();
  }

  @AfterEach
  void screen() {
    browser.media("");
  }

  @Test
  void printedChapterShowsHiddenAnswersAndLinkTargetsWithoutNavigation() {
    browser.desktop();
    browser.open(reading.url("en/study/index.html"));
    browser.clearStorage();
    browser.reload();
    browser.find(".study-toggle").click();
    assertFalse(browser.visible(".qbox-a-body"), "on screen the reader hid the answers");

    browser.media("print");
    for (String hidden : List.of(".site-header", "#site-nav", ".page-toc", ".toc-inline", ".site-footer",
        ".study-controls", ".copy-button", ".qbox-known", ".breadcrumbs", ".pager", ".qbox-a > summary")) {
      assertFalse(browser.visible(hidden), hidden + " must not be printed");
    }
    @SuppressWarnings("unchecked")
    List<Boolean> answers = (List<Boolean>) browser.js("return Array.prototype.map.call("
        + "document.querySelectorAll('.qbox-a-body'), function (b) { return b.getBoundingClientRect().height > 0"
        + " && b.checkVisibility({contentVisibilityAuto: true}); });");
    assertFalse(answers.isEmpty());
    assertTrue(answers.stream().allMatch(Boolean::booleanValue), "every answer is printed: " + answers);
    String after = (String) browser.js("return getComputedStyle("
        + "document.querySelector('.content a[href^=\"https://www.djangoproject.com\"]'), '::after').content;");
    assertTrue(after.contains("https://www.djangoproject.com/"), "an outside link prints its address: " + after);

    browser.media("");
    browser.find(".theme-toggle").click();
    browser.media("print");
    assertEquals("dark", browser.js("return document.documentElement.dataset.theme"));
    assertEquals("rgb(255, 255, 255)", browser.style("body", "background-color"), "paper stays white in dark mode");
    assertEquals("rgb(0, 0, 0)", browser.style("body", "color"));
    browser.clearStorage();
    assertEquals(List.of(), browser.consoleErrors());
  }

  @TestFactory
  Stream<DynamicTest> printAllPageOfEachLanguagePrintsEveryChapter() {
    return HandbookSite.LANGUAGES.stream().map(lang -> DynamicTest.dynamicTest(lang, () -> {
      browser.media(""); // dynamic tests share one @AfterEach, after the last of them
      browser.open(real.url(lang + "/print/index.html"));
      long chapters = (Long) browser.js("return document.querySelectorAll('article.print-chapter').length");
      long navChapters = (Long) browser.js("return document.querySelectorAll('.nav-chapters a').length");
      assertEquals(navChapters, chapters, "every chapter of " + lang);
      assertTrue(browser.visible(".print-button"), "a print button on screen");
      browser.media("print");
      assertFalse(browser.visible("#site-nav"));
      assertFalse(browser.visible(".print-button"), "the button itself is not printed");
      assertEquals(chapters, browser.js("return Array.prototype.filter.call("
          + "document.querySelectorAll('article.print-chapter'), function (a) { return a.checkVisibility(); }).length"));
      // Each chapter on a new sheet, but the first: the first sheet is not left with the page's heading alone.
      @SuppressWarnings("unchecked")
      List<String> breaks = (List<String>) browser.js("return Array.prototype.map.call("
          + "document.querySelectorAll('article.print-chapter'), function (a) { return getComputedStyle(a).breakBefore; })");
      assertEquals("auto", breaks.get(0), "the first chapter follows the page's heading");
      assertTrue(breaks.subList(1, breaks.size()).stream().allMatch("page"::equals), breaks.toString());
      assertFalse(browser.visible(".print-intro"), "the on-screen introduction is not printed");
      assertEquals(List.of(), browser.consoleErrors());
    }));
  }
}
