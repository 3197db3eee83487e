package dev.handbook.markdown.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The addresses of raw HTML links and images that point into the handbook are handed on to be published. */
class RawHtmlAddressesTest {
  private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      page link         | Xem <a href="notes.md#the-orm">ghi chú</a>          | notes.md#the-orm a@4    | Xem <a href="PUBLISHED(notes.md#the-orm)">ghi chú</a>
      image             | <img src="img/so-do.svg" alt="sơ đồ">            | img/so-do.svg img@0     | <img src="PUBLISHED(img/so-do.svg)" alt="sơ đồ">
      fragment          | <a href="#q-8">پرسش ۸</a>                        | #q-8 a@0                | <a href="PUBLISHED(#q-8)">پرسش ۸</a>
      entity decoded    | <a href="a.md?x=1&amp;y=2">x</a>                 | a.md?x=1&y=2 a@0        | <a href="PUBLISHED(a.md?x=1&amp;y=2)">x</a>
      absolute path     | <a href="/en/notes/">x</a>                       | /en/notes/ a@0          | <a href="PUBLISHED(/en/notes/)">x</a>
      other host        | <a href="https://docs.djangoproject.com/">x</a>  | ``                      | <a href="https://docs.djangoproject.com/">x</a>
      protocol-relative | <a href="//example.com/x">x</a>                  | ``                      | <a href="//example.com/x">x</a>
      mail              | <a href="mailto:a@example.com">x</a>             | ``                      | <a href="mailto:a@example.com">x</a>
      unsafe, removed   | <a href="javascript:alert(1)">x</a>              | ``                      | <a>x</a>
      """)
  void localAddressesAreHandedOnAndPublished(String what, String html, String handed, String published) {
    List<String> seen = new ArrayList<>();
    SanitizeResult result = SANITIZER.sanitizeBlock(html, (url, image, tagOffset) -> {
      seen.add(url + " " + (image ? "img" : "a") + "@" + tagOffset);
      return "PUBLISHED(" + url + ")";
    });
    assertEquals(handed.isEmpty() ? List.of() : List.of(handed), seen, what);
    assertEquals(published, result.html(), what);
  }
}
