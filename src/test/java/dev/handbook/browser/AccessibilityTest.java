package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Keys;

/**
 * axe-core finds no serious or critical problem on any page kind, in any language, in the light and the
 * dark theme: contrast (WCAG AA), names and roles, landmarks, lang attributes, focusable scroll regions.
 * Chapters with highlighted code (the reading fixture) and a phone with the navigation open are included.
 * axe.min.js comes from the com.deque.html.axe-core:selenium test dependency and is injected per page.
 */
class AccessibilityTest {
  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
  private static final ObjectMapper JSON = new ObjectMapper();
  static String axe;
  static Path realSite;
  static SiteServer real;
  static SiteServer reading;
  static Browser browser;

  @BeforeAll
  static void start() {
    try (InputStream in = AccessibilityTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      assertNotNull(in, "axe.min.js is missing from the test classpath (com.deque.html.axe-core:selenium)");
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
  Stream<DynamicTest> noSeriousOrCriticalFindingOnAnyPageKindInEitherTheme() {
    Map<String, String> pages = new LinkedHashMap<>();
    for (String lang : HandbookSite.LANGUAGES) {
      HandbookSite.onePerKind(realSite, lang).forEach((kind, page) -> pages.put(page, real.url(page)));
    }
    pages.put("reading fixture vi chapter", reading.url("vi/on-tap/index.html"));
    pages.put("reading fixture en chapter", reading.url("en/study/index.html"));
    pages.put("reading fixture fa chapter", reading.url("fa/motaleh/index.html"));
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("the check itself catches a planted low-contrast text", () -> {
      browser.desktop();
      browser.systemColorScheme("light");
      browser.open(real.url("en/index.html"));
      browser.js("var p = document.createElement('p'); p.textContent = 'faint text';"
          + " p.style.color = '#eeeeee'; document.querySelector('main').appendChild(p);");
      AssertionError failure = assertThrows(AssertionError.class, () -> assertNoSeriousFinding("planted"));
      assertTrue(failure.getMessage().contains("color-contrast"), failure.getMessage());
    }));
    for (String theme : List.of("light", "dark")) {
      pages.forEach((name, url) -> tests.add(DynamicTest.dynamicTest(theme + " " + name, () -> {
        browser.desktop();
        browser.systemColorScheme(theme);
        browser.open(url);
        browser.clearStorage();
        assertNoSeriousFinding(url);
      })));
    }
    for (String theme : List.of("light", "dark")) {
      tests.add(DynamicTest.dynamicTest(theme + " search results with highlighted matches", () -> {
        browser.desktop();
        browser.systemColorScheme(theme);
        String url = real.url("en/search/index.html") + "?q=select_related";
        browser.open(url);
        browser.waitUntil(() -> !browser.findAll(".search-results mark").isEmpty());
        assertNoSeriousFinding(url + " (" + theme + ")");
      }));
    }
    for (String lang : HandbookSite.LANGUAGES) {
      tests.add(DynamicTest.dynamicTest("phone with the navigation open " + lang, () -> {
        browser.phone();
        browser.systemColorScheme("dark");
        String url = real.url(HandbookSite.onePerKind(realSite, lang).get("chapter"));
        browser.open(url);
        browser.find(".nav-toggle").click();
        assertNoSeriousFinding(url + " (phone, navigation open)");
        browser.desktop();
      }));
    }
    return tests.stream();
  }

  /** The first Tab shows the skip link, which leads into main; focused controls get a visible outline. */
  @TestFactory
  Stream<DynamicTest> keyboardFocusIsVisibleAndTheSkipLinkWorks() {
    return Stream.of("light", "dark").map(theme -> DynamicTest.dynamicTest(theme, () -> {
      browser.desktop();
      browser.systemColorScheme(theme);
      browser.open(real.url(HandbookSite.onePerKind(realSite, "fa").get("chapter")));
      browser.driver().findElement(org.openqa.selenium.By.tagName("body")).sendKeys(Keys.TAB);
      assertEquals("skip-link", browser.js("return document.activeElement.className"));
      assertTrue((Boolean) browser.js("var r = document.activeElement.getBoundingClientRect();"
          + " return r.top >= 0 && r.bottom <= innerHeight && r.width > 20;"), "the focused skip link is on screen");
      assertFocusRing();
      browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      assertEquals("main", browser.js("return document.activeElement.id"), "the skip link moves focus to main");
      for (int i = 0; i < 3; i++) {
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertFocusRing();
      }
      browser.js("document.querySelector('.theme-toggle').focus();");
      assertFocusRing();
    }));
  }

  private static void assertFocusRing() {
    String what = (String) browser.js("var e = document.activeElement; return e.tagName + '.' + e.className;");
    assertTrue((Boolean) browser.js("var s = getComputedStyle(document.activeElement);"
        + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"), "no focus outline on " + what);
  }

  private static void assertNoSeriousFinding(String what) throws IOException {
    if (!(Boolean) browser.js("return typeof window.axe === 'object';")) {
      browser.js(axe);
    }
    Object raw = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
        + " axe.run(document, {resultTypes: ['violations']})"
        + "   .then(function (r) { done(JSON.stringify(r.violations)); },"
        + "         function (e) { done(JSON.stringify({error: String(e)})); });");
    JsonNode result = JSON.readTree((String) raw);
    assertEquals(false, result.has("error"), () -> "axe failed on " + what + ": " + result);
    List<String> findings = new ArrayList<>();
    for (JsonNode violation : result) {
      if (!FAILING_IMPACTS.contains(violation.path("impact").asText())) {
        continue;
      }
      StringBuilder finding = new StringBuilder()
          .append(violation.path("impact").asText()).append(" ").append(violation.path("id").asText())
          .append(": ").append(violation.path("help").asText());
      for (JsonNode node : violation.path("nodes")) {
        finding.append("\n    at ").append(node.path("target")).append("\n       ")
            .append(node.path("failureSummary").asText().replace("\n", "\n       "));
      }
      findings.add(finding.toString());
    }
    assertEquals(List.of(), findings, () -> "axe findings on " + what + ":\n" + String.join("\n", findings));
  }
}
