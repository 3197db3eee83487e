package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.browser.HandbookSite;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handbook works under {@code Content-Security-Policy: default-src 'self'} and asks no other host for
 * anything: no inline script or style anywhere, and every script, stylesheet, image, icon and font comes
 * from the site itself. Links to other sites are fine; they are only followed when a reader clicks.
 */
class SelfContainedTest {
  /** An absolute or protocol-relative URL: a request to another host. */
  private static final Pattern EXTERNAL = Pattern.compile("^\\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");
  /** Elements whose URL attributes the browser fetches by itself (not links a reader follows). */
  private static final String FETCHED = "script[src], link[href]:not([rel~=alternate]), img[src], img[srcset],"
      + " source[src], source[srcset], video, audio, track, iframe, embed, object, input[type=image]";
  static Path site;
  static List<String> pages;

  @BeforeAll
  static void build() {
    site = HandbookSite.real();
    pages = HandbookSite.htmlPages(site);
  }

  @Test
  void noInlineScriptOrStyleOnAnyPage() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      Document doc = Jsoup.parse(site.resolve(page).toFile());
      doc.select("script:not([src])").forEach(e -> problems.add(page + ": inline <script>"));
      doc.select("style").forEach(e -> problems.add(page + ": <style> element"));
      doc.select("[style]").forEach(e -> problems.add(page + ": style attribute on <" + e.tagName() + ">"));
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          if (a.getKey().startsWith("on")) {
            problems.add(page + ": event handler attribute " + a.getKey() + " on <" + e.tagName() + ">");
          }
          if ((a.getKey().equals("href") || a.getKey().equals("src"))
              && a.getValue().strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")) {
            problems.add(page + ": javascript: URL on <" + e.tagName() + ">");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everythingAPageLoadsComesFromTheSiteItself() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      Document doc = Jsoup.parse(site.resolve(page).toFile());
      for (Element e : doc.select(FETCHED)) {
        for (String attr : List.of("src", "href", "srcset", "data", "poster")) {
          if (e.hasAttr(attr) && EXTERNAL.matcher(e.attr(attr)).find()) {
            problems.add(page + ": <" + e.tagName() + " " + attr + "=\"" + e.attr(attr) + "\">");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void stylesheetsFetchNothingFromOtherHostsAndImportNothing() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path css : assets(".css")) {
      String text = Files.readString(css);
      if (text.contains("@import")) {
        problems.add(css.getFileName() + ": @import");
      }
      Matcher m = CSS_URL.matcher(text);
      while (m.find()) {
        String url = m.group(1);
        if (EXTERNAL.matcher(url).find() && !url.startsWith("data:")) {
          problems.add(css.getFileName() + ": url(" + url + ")");
        } else if (!url.startsWith("data:") && !Files.isRegularFile(css.getParent().resolve(url).normalize())) {
          problems.add(css.getFileName() + ": url(" + url + ") does not exist");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void scriptsRequestNoOtherHost() throws IOException {
    Pattern request = Pattern.compile(
        "(?:fetch|importScripts|import|XMLHttpRequest|open|sendBeacon|EventSource|WebSocket)\\s*\\(\\s*['\"`](?:[a-zA-Z]+:)?//");
    List<String> problems = new ArrayList<>();
    for (Path js : assets(".js")) {
      Matcher m = request.matcher(Files.readString(js));
      while (m.find()) {
        problems.add(js.getFileName() + ": " + m.group());
      }
    }
    assertEquals(List.of(), problems);
  }

  private static List<Path> assets(String extension) throws IOException {
    try (Stream<Path> walk = Files.walk(site.resolve("assets"))) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  @Test
  void fontLicenceShipsWithTheFont() {
    Path fonts = site.resolve("assets/fonts");
    assertEquals(true, Files.isRegularFile(fonts.resolve("vazirmatn-arabic-wght-normal.woff2")));
    assertEquals(true, Fixtures.read(fonts.resolve("Vazirmatn-OFL.txt")).contains("SIL Open Font License"));
  }
}
