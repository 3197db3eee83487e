package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Không có gì để thoát              | Không có gì để thoát               | Không có gì để thoát",
      "a < b && \"c\" > 'd'              | a &lt; b &amp;&amp; &quot;c&quot; &gt; 'd' | a &lt; b &amp;&amp; &quot;c&quot; &gt; &#39;d&#39;",
      "<script>                           | &lt;script&gt;                     | &lt;script&gt;",
      "پرسش's \"پاسخ\"                     | پرسش's &quot;پاسخ&quot;            | پرسش&#39;s &quot;پاسخ&quot;",
      "&                                  | &amp;                              | &amp;",
  })
  void escapesTheFourCharactersAndTheApostropheOnRequest(String text, String escaped, String withApostrophe) {
    assertEquals(escaped, HtmlText.escape(text));
    assertEquals(withApostrophe, HtmlText.escapeWithApostrophe(text));
    assertEquals(escaped, HtmlText.escape(new StringBuilder(text)), "any CharSequence, not only String");
  }

  @Test
  void agreesWithCharacterByCharacterEscaping() {
    var random = new Random(11);
    String alphabet = "&<>\"'aễ\u0645 ";
    for (int n = 0; n < 5_000; n++) {
      var text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertEquals(reference(s, false), HtmlText.escape(s), s);
      assertEquals(reference(s, true), HtmlText.escapeWithApostrophe(s), s);
      assertEquals(!reference(s, false).equals(s), HtmlText.needsEscape(s), s);
    }
  }

  private static String reference(String text, boolean apostrophe) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> apostrophe ? "&#39;" : "'";
        default -> String.valueOf(c);
      });
    }
    return out.toString();
  }
}
