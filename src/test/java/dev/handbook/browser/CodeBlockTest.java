package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Code blocks in every language: highlighted at build time, each with a copy button labelled in the
 * page's language that puts exactly the code on the clipboard, and reachable by keyboard when the code
 * scrolls sideways.
 */
class CodeBlockTest {
  static SiteServer reading;
  static Browser browser;

  @BeforeAll
  static void start() {
    reading = SiteServer.start(HandbookSite.reading());
    browser = Browser.start();
    browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of(
        "origin", reading.url("").replaceFirst("/handbook/$", ""),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  @AfterAll
  static void stop() {
    browser.close();
    reading.close();
  }

  @TestFactory
  Stream<DynamicTest> copyButtonsCopyTheCode() {
    return Stream.of("vi/on-tap/", "en/study/", "fa/motaleh/").map(page -> DynamicTest.dynamicTest(page, () -> {
      browser.desktop();
      browser.open(reading.url(page + "index.html"));
      long blocks = (Long) browser.js("return document.querySelectorAll('pre.code').length");
      assertTrue(blocks > 0);
      assertEquals(blocks, browser.js("return document.querySelectorAll('.code-block > pre.code + .copy-button').length"),
          "every code block has its copy button");
      assertTrue((Long) browser.js("return document.querySelectorAll('pre.code [class^=hl-]').length") > 0,
          "code is highlighted");
      String copy = (String) browser.js("return document.body.dataset.labelCopy");
      String copied = (String) browser.js("return document.body.dataset.labelCopied");
      assertEquals(copy, browser.find(".copy-button").getText());

      browser.find(".copy-button").click();
      browser.waitUntil(() -> copied.equals(browser.find(".copy-button").getText()));
      String clipboard = (String) browser.driver().executeAsyncScript("var done = arguments[0];"
          + " navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });");
      assertEquals(browser.js("return document.querySelector('pre.code code').textContent"), clipboard);
      assertTrue(clipboard.contains("select_related") || clipboard.contains("manage.py"), clipboard);
      assertEquals(List.of(), browser.consoleErrors());
    }));
  }

  @TestFactory
  Stream<DynamicTest> theCopyButtonSitsAtTheEndOfTheCodeNotOverIt() {
    // Code reads left to right on a right-to-left page too: the button goes where pre.code keeps room for it.
    return Stream.of("en/study/", "fa/motaleh/").map(page -> DynamicTest.dynamicTest(page, () -> {
      browser.desktop();
      browser.open(reading.url(page + "index.html"));
      // The start of each line is never under the button: it sits in the right-hand corner, beside the room
      // pre.code keeps free for it (long lines scroll under it; with a mouse it shows only on hover).
      assertEquals(List.of(), browser.js("var wrong = [];"
          + " document.querySelectorAll('.code-block').forEach(function (block, i) {"
          + "   var b = block.querySelector('.copy-button').getBoundingClientRect();"
          + "   var pre = block.querySelector('pre.code'); var p = pre.getBoundingClientRect();"
          + "   var room = parseFloat(getComputedStyle(pre).paddingRight);"
          + "   if (!(p.right - b.right < 16 && b.width <= room)) {"
          + "     wrong.push(i + ': button at ' + Math.round(b.left) + '..' + Math.round(b.right)"
          + "       + ' in code at ' + Math.round(p.left) + '..' + Math.round(p.right) + ', room ' + room); } });"
          + " return wrong;"), page);
    }));
  }

  @TestFactory
  Stream<DynamicTest> codeThatScrollsSidewaysIsReachableByKeyboard() {
    return Stream.of("en/study/", "fa/motaleh/").map(page -> DynamicTest.dynamicTest(page, () -> {
      browser.phone();
      browser.open(reading.url(page + "index.html"));
      assertEquals(true, browser.js("return Array.prototype.every.call(document.querySelectorAll('pre.code'),"
          + " function (p) { return p.scrollWidth <= p.clientWidth + 1 || p.tabIndex === 0; });"));
      assertTrue((Long) browser.js("return document.querySelectorAll('pre.code[tabindex=\"0\"]').length") > 0,
          "the long lines of the fixture scroll on a phone");
      browser.desktop();
    }));
  }
}
