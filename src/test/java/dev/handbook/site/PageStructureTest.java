package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.HandbookSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structure that screen readers and search engines rely on, over every page: landmarks, a skip link,
 * headings that never skip a level, and text in another language marked with its own {@code lang}.
 */
class PageStructureTest {
  /** Arabic-script letters: Persian text. */
  private static final Pattern PERSIAN = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
  /** Letters that only Vietnamese uses among the handbook's languages (ă, đ, ơ, ư and the dot-below/hook-above vowels). */
  private static final Pattern VIETNAMESE = Pattern.compile("[ăĂđĐơƠưƯ\\u1EA0-\\u1EF9]");
  static Path site;
  static List<String> pages;

  @BeforeAll
  static void build() {
    site = HandbookSite.real();
    pages = HandbookSite.htmlPages(site);
  }

  @Test
  void everyPageHasLandmarksAndASkipLink() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      Document doc = Jsoup.parse(site.resolve(page).toFile());
      for (String landmark : List.of("header.site-header", "nav#site-nav", "main#main", "footer.site-footer",
          "form[role=search]")) {
        if (doc.select(landmark).size() != 1) {
          problems.add(page + ": expected one " + landmark);
        }
      }
      Element skip = doc.body().children().first();
      if (skip == null || !skip.is("a.skip-link[href=#main]")) {
        problems.add(page + ": the first element of the body is not the skip link to #main");
      }
      if (!doc.select("main header.site-header, main footer.site-footer, main #site-nav").isEmpty()) {
        problems.add(page + ": a page landmark is nested inside main");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void headingsStartAtOneAndNeverSkipALevel() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      Document doc = Jsoup.parse(site.resolve(page).toFile());
      int previous = 0;
      for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
        int level = h.tagName().charAt(1) - '0';
        if (previous == 0 && level != 1) {
          problems.add(page + ": the first heading is " + h.tagName() + " \"" + h.text() + "\"");
        } else if (level > previous + 1) {
          problems.add(page + ": h" + previous + " is followed by " + h.tagName() + " \"" + h.text() + "\"");
        }
        previous = level;
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void textInAnotherLanguageCarriesItsLang() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      Document doc = Jsoup.parse(site.resolve(page).toFile());
      assertTrue(HandbookSite.LANGUAGES.contains(doc.selectFirst("html").attr("lang")), page + " has no known lang");
      NodeTraversor.traverse((node, depth) -> {
        if (node instanceof TextNode text && !text.isBlank() && node.parent() instanceof Element parent
            && !parent.is("script, style, title, pre, pre *, code")) {
          String lang = effectiveLang(parent);
          if (PERSIAN.matcher(text.text()).find() && !lang.equals("fa")) {
            problems.add(page + ": Persian text in lang=" + lang + ": \"" + text.text().strip() + "\"");
          }
          if (VIETNAMESE.matcher(text.text()).find() && !lang.equals("vi")) {
            problems.add(page + ": Vietnamese text in lang=" + lang + ": \"" + text.text().strip() + "\"");
          }
        }
      }, doc.body());
    }
    assertEquals(List.of(), problems);
  }

  private static String effectiveLang(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("lang")) {
        return e.attr("lang");
      }
    }
    return "";
  }
}
