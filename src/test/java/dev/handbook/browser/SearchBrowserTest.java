package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box of the real handbook in Chromium, typed into the way readers type: without Vietnamese
 * diacritics, with an Arabic keyboard for Persian, with and without the half-space, in another inflection,
 * by identifier. Each parameterized test runs twice: served over http under a sub-path with
 * {@code Content-Security-Policy: default-src 'self'} injected into every page ({@link SiteServer}), and
 * opened from disk over file://. After every test the console must hold no error.
 */
class SearchBrowserTest {
  private static final String VI_REVIEW = "vi/ke-hoach-on-tap/#1-on-lai-kien-thuc-chuyen-mon-theo-jd";
  private static final String FA_PAGE = "fa/django-interview-questions/";
  private static final String FA_CACHE_QUESTION = FA_PAGE + "#q-15";
  private static final String FA_PROJECT_SECTION = FA_PAGE + "#مدیریت-پروژه-و-کدنویسی";
  private static final String FA_OPTIMIZATION_SECTION = FA_PAGE + "#تست-و-بهینهسازی";
  private static final String EN_SLOW_LIST = "en/interview-essentials/#q-optimize-a-slow-list-page";
  private static final String EN_QUERIES = "en/django-notes/#optimizing-database-queries";
  private static final String EN_PERFORMANCE = "en/django-questions-deep-dive/#performance-optimization";
  private static final String HTML_QUERY = "<img src=x onerror=alert(1)>";
  private static final Set<String> RESULT_TAGS = Set.of("div", "button", "p", "ol", "li", "a", "span", "mark", "bdi");

  enum Origin { HTTP, FILE }

  /** One search result as the reader sees it. */
  record Result(String href, String lang, String dir, String badge, String title, List<String> titleMarks,
      List<String> snippetMarks) {
    /** The link below the site root, e.g. {@code en/page/index.html#id}, whatever the page's depth. */
    String link() {
      return href.replaceFirst("^(\\.\\./)+", "");
    }

    /** The target as the index names it, e.g. {@code en/page/#id}. */
    String target() {
      return link().replace("/index.html#", "/#");
    }
  }

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
  void noConsoleErrors() {
    browser.desktop();
    List<String> errors = browser.consoleErrors().stream().filter(m -> !m.contains("favicon")).toList();
    assertEquals(List.of(), errors, "console errors");
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void theIndexLoadsOnFirstFocusOnly(Origin origin) {
    open(origin, "en/django-notes/index.html");
    assertEquals(0L, browser.js("return document.querySelectorAll('script[src*=\"search/\"]').length"),
        "no index script before the search box is focused");
    assertEquals(0L, browser.js("return performance.getEntriesByType('resource')"
        + ".filter(function (e) { return e.name.indexOf('/search/') >= 0; }).length"));
    browser.find("form[role=search] input[type=search]").click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> (Long) browser.js(
        "return document.querySelectorAll('script[src*=\"search/index-\"]').length") == 3L);
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void vietnameseIsFoundWithoutDiacritics(Origin origin) {
    for (String query : List.of("toi uu", "tối ưu", "TOI UU")) {
      List<Result> results = search(origin, "en/index.html", query);
      // The vi topic page whose description says "tối ưu truy vấn" is not shown on an English page (its English
      // one is, where it matches); the first section is the review plan's.
      assertTrue(results.stream().noneMatch(r -> r.link().startsWith("vi/topics/")), results.toString());
      Result first = results.stream().filter(r -> !r.link().contains("/topics/")).findFirst().orElseThrow();
      assertEquals(VI_REVIEW, first.target(), query + " " + results);
      assertEquals("vi", first.lang());
      assertEquals("ltr", first.dir());
    }
    // A title match shows each folded word marked in the original spelling.
    Result section = search(origin, "vi/index.html", "on lai kien thuc").get(0);
    assertEquals(VI_REVIEW, section.target());
    assertEquals(List.of("Ôn", "lại", "kiến", "thức"), section.titleMarks());
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void arabicYehAndKafFindPersian(Origin origin) {
    // Typed with an Arabic layout: kaf U+0643, yeh U+064A; the text has Persian keheh U+06A9, yeh U+06CC.
    Result cache = search(origin, "en/index.html", "\u0643\u0634").get(0);
    assertEquals(FA_CACHE_QUESTION, cache.target());
    assertEquals("fa", cache.lang());
    assertEquals("rtl", cache.dir());
    assertTrue(cache.titleMarks().contains("\u06a9\u0634"), cache.toString());
    Result project = search(origin, "fa/index.html", "\u0645\u062f\u064a\u0631\u064a\u062a \u067e\u0631\u0648\u0698\u0647").get(0);
    assertEquals(FA_PROJECT_SECTION, project.target());
    assertEquals(List.of("مدیریت", "پروژه"), project.titleMarks());
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void theHalfSpaceDoesNotMatter(Origin origin) {
    // The content writes بهینهسازی and میکنید without ZWNJ; readers type either way.
    for (String query : List.of("بهینه\u200cسازی", "بهینهسازی")) {
      assertEquals(FA_OPTIMIZATION_SECTION, search(origin, "fa/index.html", query).get(0).target(), query);
    }
    List<String> withZwnj = targets(search(origin, "fa/index.html", "می\u200cکنید"));
    List<String> without = targets(search(origin, "fa/index.html", "میکنید"));
    assertEquals(without, withZwnj);
    assertTrue(withZwnj.containsAll(List.of(FA_PAGE + "#q-4", FA_PAGE + "#q-5", FA_PAGE + "#q-7")), withZwnj.toString());
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void aSpaceWhereTheHalfSpaceBelongsDoesNotMatter(Origin origin) {
    // The content writes مهم ترین and درخواست ها with a space; the affix joins its word as with ZWNJ.
    for (String query : List.of("مهم\u200cترین", "مهمترین", "مهم ترین")) {
      assertEquals(FA_PAGE + "#q-0", search(origin, "fa/index.html", query).get(0).target(), query);
    }
    assertTrue(targets(search(origin, "fa/index.html", "درخواست\u200cها")).contains(FA_PAGE + "#q-22"));
    // A compound has no affix: two adjacent Persian query words also match the pair written as one.
    assertEquals(FA_OPTIMIZATION_SECTION, search(origin, "fa/index.html", "بهینه سازی").get(0).target());
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void aQueryTypedWithTheOtherLayoutOrInTelexIsSearchedAsMeant(Origin origin) {
    // Persian words typed on the keys of a US layout (";a" is کش), an English word on the Persian layout, and
    // Vietnamese typed in Telex with the input method off: each finds what a reader meant, and says so.
    Result cache = search(origin, "en/index.html", ";a ;kdl").get(0);
    assertEquals(FA_CACHE_QUESTION, cache.target());
    assertEquals("کش کنیم", retypedNotice());
    assertEquals(FA_PROJECT_SECTION, search(origin, "fa/index.html", "lndvdj mv,Ci").get(0).target());
    assertEquals("مدیریت پروژه", retypedNotice());
    search(origin, "fa/index.html", "زشزاهدل");
    assertEquals("caching", retypedNotice());
    Result review = search(origin, "vi/index.html", "oon laij kieens thuwcs").get(0);
    assertEquals(VI_REVIEW, review.target());
    assertEquals("ôn lại kiến thức", retypedNotice());
    assertEquals(List.of("Ôn", "lại", "kiến", "thức"), review.titleMarks());
    assertTrue(browser.js("return document.querySelector('.search-status').textContent").toString()
        .startsWith("Đang hiện kết quả cho"));
    // A query found as typed says nothing of the kind.
    search(origin, "en/index.html", "select_related");
    assertEquals("", retypedNotice());
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void aMisspeltWordFindsTheWordMeant(Origin origin) {
    for (String typed : List.of("midlewrae ", "Django midleware", "seralizer ")) {
      List<Result> results = search(origin, "en/index.html", typed);
      String meant = typed.contains("seralizer") ? "serializer" : "middleware";
      assertTrue(retypedNotice().endsWith(meant), typed + ": " + retypedNotice());
      Result first = results.get(0);
      assertTrue(Stream.concat(first.titleMarks().stream(), first.snippetMarks().stream())
          .anyMatch(mark -> mark.toLowerCase(java.util.Locale.ROOT).startsWith(meant)), typed + " " + first);
    }
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void aTopicsNameFindsItsPageInTheReadersLanguage(Origin origin) {
    // The topic page gathers the material of every language; its name in each language finds it.
    Map<String, String> names = Map.of("fa", "میدلور", "vi", "Middleware và signals", "en", "middleware and signals");
    for (Map.Entry<String, String> name : names.entrySet()) {
      String lang = name.getKey();
      List<Result> results = search(origin, lang + "/index.html", name.getValue());
      String topicPage = lang + "/topics/middleware-signals/";
      assertTrue(results.stream().limit(3).anyMatch(r -> r.link().equals(topicPage + "index.html")),
          lang + " " + results);
      assertEquals(1L, browser.js("return document.querySelectorAll("
          + "'[data-search-results] a[data-kind=topic][href*=\"" + topicPage + "\"]').length"), lang);
      // The same page in the other interface languages gathers the same material: only the reader's is shown.
      assertEquals(List.of(), results.stream().map(Result::link)
          .filter(l -> l.contains("/topics/") && !l.startsWith(lang + "/")).toList(), lang);
    }
  }

  @Test
  void theSearchPageShowsItsResultsAsItsContent() {
    // Not in a panel of the sticky header: on a phone that took 694 of 844 px and scrolled inside itself.
    browser.phone();
    try {
      open(Origin.HTTP, "fa/search/index.html?q=middleware");
      awaitResults("middleware");
      assertEquals(true, browser.js("return !!document.querySelector('main#main [data-search-results]')"
          + " && !document.querySelector('.site-header [data-search-results]')"));
      assertTrue((Long) browser.js("return Math.round(document.querySelector('.site-header')"
          + ".getBoundingClientRect().height)") < 160, "the header is its bar alone");
      assertEquals(true, browser.js("var h1 = document.querySelector('main h1').getBoundingClientRect();"
          + " var box = document.querySelector('[data-search-results]').getBoundingClientRect();"
          + " return h1.bottom <= box.top;"), "the results come under the page's heading");
      // One live region, which says how many results there are; the list itself is not read out again.
      assertEquals(null, browser.js("return document.querySelector('[data-search-results]').getAttribute('aria-live')"));
      assertTrue(((String) browser.js("return document.querySelector('.search-status').textContent"))
          .matches("نتیجه‌ها: [۰-۹]+"), (String) browser.js("return document.querySelector('.search-status').textContent"));
      // A result's heading path points the way Persian reads.
      assertTrue(((String) browser.js("return Array.from(document.querySelectorAll('.search-result[lang=fa] .search-path'))"
          + ".map(function (p) { return p.textContent; }).join('|')")).indexOf('›') < 0);
    } finally {
      browser.desktop();
    }
  }

  /** The query the shown results are for when it is not the one typed, or "". */
  private static String retypedNotice() {
    return (String) browser.js("var b = document.querySelector('.search-status .search-retyped');"
        + " return b ? b.textContent : '';");
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void anotherInflectionFindsTheMaterial(Origin origin) {
    List<Result> results = search(origin, "en/index.html", "optimizing");
    List<String> targets = targets(results);
    assertTrue(targets.containsAll(List.of(EN_SLOW_LIST, EN_QUERIES, EN_PERFORMANCE)), targets.toString());
    Result slowList = results.get(targets.indexOf(EN_SLOW_LIST));
    assertEquals("Optimize a slow list page?", slowList.title());
    assertTrue(slowList.titleMarks().stream().anyMatch(m -> m.startsWith("Optimiz")), slowList.toString());
    // Best first: every result matched in its title or question ranks above those matched in the body only.
    int lastTitleMatch = -1;
    int firstBodyOnly = results.size();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).titleMarks().isEmpty()) {
        firstBodyOnly = Math.min(firstBodyOnly, i);
      } else {
        lastTitleMatch = i;
      }
    }
    assertTrue(lastTitleMatch >= 5 && lastTitleMatch < firstBodyOnly && firstBodyOnly < results.size(),
        targets.toString());
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void identifiersFindTheOrmMaterial(Origin origin) {
    for (String query : List.of("select_related", "select related", "prefetch", "prefetch_related")) {
      List<String> top = targets(search(origin, "en/index.html", query)).stream().limit(5).toList();
      assertTrue(top.containsAll(List.of(EN_SLOW_LIST, EN_QUERIES)), query + " " + top);
    }
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void resultsFollowTheContract(Origin origin) throws IOException {
    List<Result> results = search(origin, "fa/index.html", "middleware");
    assertTrue(results.size() > 5, results.toString());
    assertEquals(Set.of("vi", "en", "fa"), Set.copyOf(results.stream().map(Result::lang).toList()));
    for (Result r : results) {
      assertEquals(r.lang().equals("fa") ? "rtl" : "ltr", r.dir(), r.toString());
      assertEquals(r.lang().toUpperCase(java.util.Locale.ROOT), r.badge());
      assertFalse(r.title().isBlank(), r.toString());
    }
    // The query words are marked in titles and snippets.
    assertTrue(results.stream().anyMatch(r -> !r.snippetMarks().isEmpty()), "a snippet with <mark>");
    assertFalse(results.get(0).titleMarks().isEmpty(), results.get(0).toString());
    assertEquals(List.of(), resultTagNames(), "only DOM-built result elements");
    // Links name index.html (as every link of the site does, for file://) and an element that exists.
    for (Result r : results) {
      String link = r.link();
      if (link.matches("(vi|en|fa)/topics/[^/]+/index\\.html")) {
        assertTrue(Files.isRegularFile(site.resolve(link)), link); // a topic page, found by its name
        continue;
      }
      assertTrue(link.matches("(vi|en|fa)/[^/]+/index\\.html#.+"), link);
      String id = link.substring(link.indexOf('#') + 1);
      assertTrue(Files.readString(site.resolve(link.substring(0, link.indexOf('#')))).contains("id=\"" + id + "\""), link);
    }
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void aQueryContainingHtmlIsShownAsText(Origin origin) {
    List<Result> results = search(origin, "en/search/index.html", HTML_QUERY);
    assertNoInjection();
    assertFalse(results.isEmpty(), "the words of the query still match text");
    assertEquals(HTML_QUERY, browser.find("input[type=search]").getAttribute("value"));
    // The same through a shared link.
    open(origin, "en/search/index.html?q=" + java.net.URLEncoder.encode(HTML_QUERY, StandardCharsets.UTF_8));
    awaitResults(HTML_QUERY);
    assertNoInjection();
    assertEquals(HTML_QUERY, browser.find("input[type=search]").getAttribute("value"));
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void aSharedLinkShowsResults(Origin origin) {
    open(origin, "en/search/index.html?q=select_related");
    awaitResults("select_related");
    assertTrue(browser.find("[data-search-results]").isDisplayed());
    assertTrue(targets(results()).contains(EN_QUERIES));
    assertEquals("select_related", browser.find("input[type=search]").getAttribute("value"));

    open(origin, "vi/search/index.html?q=middleware&lang=fa");
    awaitResults("middleware");
    List<Result> persian = results();
    assertFalse(persian.isEmpty());
    assertTrue(persian.stream().allMatch(r -> r.lang().equals("fa")), persian.toString());
    assertEquals("true", browser.find(".search-filter [data-lang=fa]").getAttribute("aria-pressed"));

    open(origin, "en/search/index.html?q=middleware&lang=xx");
    awaitResults("middleware");
    assertEquals(Set.of("vi", "en", "fa"), Set.copyOf(results().stream().map(Result::lang).toList()),
        "an unknown language shows all");
  }

  @Test
  void typingOnTheSearchPageMakesTheAddressShareable() {
    open(Origin.HTTP, "en/search/index.html");
    type("select related");
    awaitResults("select related");
    browser.find(".search-filter [data-lang=en]").click();
    awaitResults("select related");
    assertEquals("?q=select%20related&lang=en", browser.js("return location.search"));
    String shared = browser.driver().getCurrentUrl();
    List<String> before = targets(results());
    browser.open(shared);
    awaitResults("select related");
    assertEquals(before, targets(results()));
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void slashFocusesArrowsMoveEnterOpens(Origin origin) {
    open(origin, "en/python-core/index.html");
    new Actions(browser.driver()).sendKeys("/").perform();
    WebElement input = browser.find("input[type=search]");
    assertTrue(input.equals(browser.driver().switchTo().activeElement()), "/ focuses the search box");
    input.sendKeys("select related");
    awaitResults("select related");
    List<Result> results = results();
    assertTrue(results.size() >= 3);
    key(Keys.ARROW_DOWN);
    assertEquals(results.get(0).href(), activeHref());
    key(Keys.ARROW_DOWN);
    assertEquals(results.get(1).href(), activeHref());
    key(Keys.ARROW_DOWN);
    key(Keys.ARROW_UP);
    assertEquals(results.get(1).href(), activeHref());
    key(Keys.ARROW_UP);
    key(Keys.ARROW_UP);
    assertTrue(input.equals(browser.driver().switchTo().activeElement()), "up from the first result returns to the box");
    key(Keys.ARROW_DOWN);
    assertEquals(results.get(0).href(), activeHref());
    key(Keys.ENTER);
    String link = results.get(0).link();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).endsWith("/" + link));
    String id = link.substring(link.indexOf('#') + 1);
    assertNotNull(browser.js("return document.getElementById(arguments[0])", id), id);
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void resultsFitAPhone(Origin origin) {
    browser.phone();
    for (String page : List.of("en/search/index.html?q=select_related", "fa/search/index.html?q=select_related%20django")) {
      open(origin, page);
      awaitResults(page.contains("django") ? "select_related django" : "select_related");
      assertFalse(results().isEmpty());
      assertFalse(browser.scrollsSideways(), page + " scrolls sideways on a phone");
      assertEquals(0L, browser.js("var w = document.documentElement.clientWidth;"
          + " return Array.from(document.querySelectorAll('[data-search-results] a, [data-search-results] button'))"
          + ".filter(function (e) { var r = e.getBoundingClientRect(); return r.left < -0.5 || r.right > w + 0.5; }).length"),
          page + ": a result or filter button sticks out of the screen");
    }
    // The header box on a chapter page: the results open under it, inside the screen.
    open(origin, "fa/django-interview-questions/index.html");
    browser.find("input[type=search]").sendKeys("prefetch_related");
    awaitResults("prefetch_related");
    assertFalse(results().isEmpty());
    assertFalse(browser.scrollsSideways());
  }

  /**
   * The bytes one typical query moves over http: the two search scripts, the language list, the
   * manifests and the shards and document files the query loads, from the Performance API.
   */
  @Test
  void oneQueryTransfersLittle() throws IOException {
    open(Origin.HTTP, "en/django-notes/index.html");
    type("select related");
    awaitResults("select related");
    @SuppressWarnings("unchecked")
    Map<String, Object> sizes = (Map<String, Object>) browser.js("var files = 0, transfer = 0, body = 0;"
        + " performance.getEntriesByType('resource').forEach(function (e) {"
        + "   if (!/\\/search\\/|search-text\\.js|search\\.js/.test(e.name)) return;"
        + "   files++; transfer += e.transferSize; body += e.encodedBodySize; });"
        + " return { files: files, transfer: transfer, body: body };");
    long transfer = ((Number) sizes.get("transfer")).longValue();
    long body = ((Number) sizes.get("body")).longValue();
    long index;
    try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
      index = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf(java.util.Locale.ROOT, "search index of the real handbook: %d bytes; one query"
        + " (\"select related\"): %s files, %d bytes transferred, %d bytes of bodies%n",
        index, sizes.get("files"), transfer, body);
    assertTrue(body > 0 && transfer >= body, sizes.toString());
    assertTrue(transfer < 300 * 1024, sizes.toString());
  }

  @Test
  void theContentSecurityPolicyIsInForce() {
    open(Origin.HTTP, "en/index.html");
    assertEquals("default-src 'self'", browser.js(
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"));
    assertEquals(EN_SLOW_LIST, search(Origin.HTTP, "en/index.html", "slow list").get(0).target());
  }

  // ---- helpers

  private static String url(Origin origin, String page) {
    if (origin == Origin.HTTP) {
      return server.url(page);
    }
    int query = page.indexOf('?');
    String file = query < 0 ? page : page.substring(0, query);
    return site.resolve(file).toUri() + (query < 0 ? "" : page.substring(query));
  }

  private static void open(Origin origin, String page) {
    browser.open(url(origin, page));
  }

  /** Opens a page, types the query into its search box, and returns the results shown for it. */
  private static List<Result> search(Origin origin, String page, String query) {
    open(origin, page);
    type(query);
    awaitResults(query);
    return results();
  }

  private static void type(String query) {
    browser.find("form[role=search] input[type=search]").sendKeys(query);
  }

  /** Waits until the results for exactly this query are shown (search.js clears aria-busy then). */
  private static void awaitResults(String query) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> (Boolean) browser.js(
        "var box = document.querySelector('[data-search-results]');"
            + " var input = document.querySelector('form[role=search] input[type=search]');"
            + " return input.value === arguments[0] && !box.hasAttribute('aria-busy')"
            + " && (box.querySelectorAll('a[href]').length > 0 || box.querySelector('.search-status').textContent !== '');",
        query));
  }

  @SuppressWarnings("unchecked")
  private static List<Result> results() {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.js(
        "return Array.from(document.querySelectorAll('[data-search-results] a[href]')).map(function (a) {"
            + " var texts = function (list) { return Array.from(list).map(function (m) { return m.textContent; }); };"
            + " var title = a.querySelector('.search-title'), badge = a.querySelector('.search-badge');"
            + " return { href: a.getAttribute('href'), lang: a.lang, dir: a.dir,"
            + "   badge: badge ? badge.textContent : '', title: title ? title.textContent : '',"
            + "   titleMarks: texts(a.querySelectorAll('.search-title mark')),"
            + "   snippetMarks: texts(a.querySelectorAll('.search-snippet mark')) }; });");
    return rows.stream().map(r -> new Result((String) r.get("href"), (String) r.get("lang"), (String) r.get("dir"),
        (String) r.get("badge"), (String) r.get("title"), (List<String>) r.get("titleMarks"),
        (List<String>) r.get("snippetMarks"))).toList();
  }

  private static List<String> targets(List<Result> results) {
    return results.stream().map(Result::target).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> resultTagNames() {
    List<String> tags = (List<String>) browser.js("return Array.from(document.querySelectorAll('[data-search-results] *'))"
        + ".map(function (e) { return e.localName; });");
    return tags.stream().filter(t -> !RESULT_TAGS.contains(t)).toList();
  }

  private static void assertNoInjection() {
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert opened");
    assertEquals(0L, browser.js("return document.querySelectorAll('[data-search-results] img, [onerror]').length"),
        "an element was injected");
    assertEquals(List.of(), resultTagNames());
  }

  private static void key(CharSequence key) {
    browser.driver().switchTo().activeElement().sendKeys(key);
  }

  private static String activeHref() {
    return (String) browser.js("return document.activeElement.getAttribute('href') || ''");
  }
}
