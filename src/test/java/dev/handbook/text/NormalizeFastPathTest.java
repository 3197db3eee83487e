package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page that normalization would leave as it is skips the split into regions; the result must be what the split
 * gives, for pages that change and pages that do not.
 */
class NormalizeFastPathTest {
  private static final String NFD = Normalizer2.getNFDInstance().normalize("Tối ưu truy vấn");

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      en | "## Middleware\\n\\nA `QuerySet` is lazy; see https://docs.djangoproject.com.\\n" | true
      vi | "## Ôn lại kiến thức\\n\\n- Câu hỏi: `select_related()` khác gì?\\n" | true
      fa | "## میان‌افزار\\n\\nمی‌شود از `select_related` استفاده کرد.\\n" | true
      fa | "كتاب جديد" | false
      fa | "مصطفى" | false
      fa | "می \u200c شود" | false
      fa | "کد `می \u200cشود` در کد" | false
      fa | "متن\u200c\u00A0بعد" | false
      en | "AT&#38;T and &#x0; in text" | false
      en | "&#" | false
      en | "code only: ```\\n&#0;\\n```" | false
      fa | "\u200cآغاز و پایان\u200c" | true
      """)
  void fastPathAgreesWithTheSplit(String lang, String escaped, boolean stays) {
    String markdown = escaped.replace("\\n", "\n");
    boolean persian = "fa".equals(lang);
    String source = ControlCharacters.replaced(markdown);
    assertEquals(stays, TextNormalizer.proseWouldStay(source, persian));
    assertEquals(TextNormalizer.normalizeByRegions(source, persian), TextNormalizer.normalizeMarkdown(markdown, lang));
  }

  @org.junit.jupiter.api.Test
  void decomposedVietnameseIsNotLeftAsItIs() {
    assertFalse(TextNormalizer.proseWouldStay(NFD, false));
    assertEquals("Tối ưu truy vấn", TextNormalizer.normalizeMarkdown(NFD, "vi"));
  }

  /** Random pages from pieces that change and pieces that do not, in prose and in code. */
  @org.junit.jupiter.api.Test
  void randomPagesGiveWhatTheSplitGives() {
    String[] pieces = {"Tối ưu ", NFD, "کتاب ", "كتاب ", "می\u200cشود ", "می \u200cشود ", "`كي` ", "```\nكي &#0;\n```\n",
        "\n\n", "- item\n", "&#233; ", "&amp; ", "select_related ", "    indented كي\n", "<span title=\"كي\">x</span>",
        "https://x.org/كي ", "\u0301", "ي\u0654", "\t", "\u00A0"};
    SplittableRandom random = new SplittableRandom(20261206);
    int unchanged = 0;
    for (int page = 0; page < 3000; page++) {
      StringBuilder markdown = new StringBuilder();
      for (int i = random.nextInt(1, 12); i > 0; i--) {
        markdown.append(pieces[random.nextInt(pieces.length)]);
      }
      for (String lang : new String[] {"vi", "en", "fa"}) {
        String source = ControlCharacters.replaced(markdown.toString());
        boolean persian = "fa".equals(lang);
        assertEquals(TextNormalizer.normalizeByRegions(source, persian),
            TextNormalizer.normalizeMarkdown(markdown.toString(), lang), markdown::toString);
        if (TextNormalizer.proseWouldStay(source, persian)) {
          unchanged++;
        }
      }
    }
    assertTrue(unchanged > 500, "the random pages include many that normalization leaves alone: " + unchanged);
  }
}
