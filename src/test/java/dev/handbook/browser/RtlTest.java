package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Persian pages read right to left while their code stays left to right, and nothing scrolls sideways at
 * 390 px. Every Persian page of the real handbook is checked; the reading fixture adds a Persian chapter
 * with code blocks, inline code and a wide table, which the real one lacks.
 */
class RtlTest {
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

  @TestFactory
  Stream<DynamicTest> everyPersianPageIsRightToLeftAndFitsAPhone() {
    List<String> persian = HandbookSite.htmlPages(realSite).stream().filter(p -> p.startsWith("fa/")).toList();
    assertTrue(persian.size() > 5, "expected the Persian pages");
    return persian.stream().map(page -> DynamicTest.dynamicTest(page, () -> {
      browser.phone();
      browser.open(real.url(page));
      assertEquals("rtl", browser.style("html", "direction"));
      assertEquals("rtl", browser.style("main", "direction"));
      assertEquals("rtl", browser.style("#site-nav", "direction"));
      assertCodeIsLeftToRight();
      assertFalse(browser.scrollsSideways(), "scrolls sideways at 390 px");
      // Numbered lists of the text count in Persian digits; lists the site styles itself keep no markers.
      assertEquals(List.of(), browser.js("return Array.from(document.querySelectorAll('ol')).filter(function (ol) {"
          + " var type = getComputedStyle(ol).listStyleType;"
          + " return ol.className || ol.closest('nav, [data-search-results]') ? type !== 'none' : type !== 'persian'; })"
          + ".map(function (ol) { return (ol.className || ol.parentElement.className) + ': '"
          + " + getComputedStyle(ol).listStyleType; })"), page);
    }));
  }

  @Test
  void persianChapterWithCodeKeepsCodeLeftToRight() {
    browser.phone();
    browser.open(reading.url("fa/motaleh/index.html"));
    assertEquals("rtl", browser.style("html", "direction"));
    assertEquals("rtl", browser.style(".content p", "direction"));
    assertEquals("rtl", browser.style(".content table", "direction"));
    assertTrue(browser.findAll("pre.code").size() >= 2, "expected code blocks");
    assertCodeIsLeftToRight();
    // The first line of a code block starts at its left edge, as code is written.
    assertTrue((Boolean) browser.js("var pre = document.querySelector('pre.code');"
        + " var range = document.createRange(); range.setStart(pre.querySelector('code').firstChild, 0);"
        + " range.setEnd(pre.querySelector('code').firstChild, 1);"
        + " return range.getBoundingClientRect().left - pre.getBoundingClientRect().left < 40;"));
    assertFalse(browser.scrollsSideways(), "scrolls sideways at 390 px");
    // Long code and the wide table scroll inside their own boxes instead.
    assertTrue((Boolean) browser.js("var pre = document.querySelector('.qbox pre.code');"
        + " return pre.scrollWidth > pre.clientWidth;"), "the long line scrolls inside the code block");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void otherLanguagesAreLeftToRight() {
    browser.desktop();
    for (String lang : List.of("vi", "en")) {
      browser.open(real.url(HandbookSite.onePerKind(realSite, lang).get("chapter")));
      assertEquals("ltr", browser.style("html", "direction"), lang);
      assertEquals("ltr", browser.style("main", "direction"), lang);
    }
  }

  /** Every code block and inline code on the page computes to left to right, isolated from the text. */
  private static void assertCodeIsLeftToRight() {
    @SuppressWarnings("unchecked")
    List<String> wrong = (List<String>) browser.js("var bad = [];"
        + " document.querySelectorAll('pre.code, pre.code code, main code').forEach(function (e) {"
        + "   var s = getComputedStyle(e);"
        + "   if (s.direction !== 'ltr' || s.unicodeBidi !== 'isolate') { bad.push(e.tagName + ' ' + s.direction"
        + "     + ' ' + s.unicodeBidi + ' ' + e.textContent.slice(0, 30)); } });"
        + " return bad;");
    assertEquals(List.of(), wrong);
  }
}
