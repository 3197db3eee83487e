package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.HandbookSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code site/{lang}/print/} holds every chapter of that language, in the order of the side navigation,
 * each whole (every question card of the chapter page) and with every answer open.
 */
class PrintPageTest {
  static Path site;

  @BeforeAll
  static void build() {
    site = HandbookSite.real();
  }

  @TestFactory
  Stream<DynamicTest> printPageOfEveryLanguageHoldsEveryChapterInOrder() {
    return HandbookSite.LANGUAGES.stream().map(lang -> DynamicTest.dynamicTest(lang, () -> {
      Document home = parse(lang + "/index.html");
      List<Element> navLinks = home.select(".nav-chapters a[href]");
      assertFalse(navLinks.isEmpty(), lang + " home lists no chapters");
      Document print = parse(lang + "/print/index.html");
      assertEquals(lang, print.selectFirst("html").attr("lang"));
      List<Element> printed = print.select("article.print-chapter");
      assertEquals(navLinks.stream().map(Element::text).toList(),
          printed.stream().map(a -> a.selectFirst(".print-chapter-title").text()).toList(),
          "chapters of the " + lang + " print page, in navigation order");
      for (int i = 0; i < navLinks.size(); i++) {
        String href = navLinks.get(i).attr("href");
        Document chapter = Jsoup.parse(site.resolve(lang).resolve(href).normalize().toFile());
        Element body = printed.get(i);
        assertEquals(chapter.select(".content .qbox").size(), body.select(".qbox").size(),
            "question cards of " + href + " on the print page");
        assertEquals(chapter.select(".content h2").size(), body.select(".content h2").size(),
            "sections of " + href + " on the print page");
      }
      for (Element details : print.select("details.qbox-a")) {
        assertTrue(details.hasAttr("open"), "a printed answer starts closed: " + details.parent().id());
      }
    }));
  }

  private static Document parse(String page) throws IOException {
    return Jsoup.parse(site.resolve(page).toFile());
  }
}
