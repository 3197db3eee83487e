package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {
  private static final String NFD_VI = Normalizer2.getNFDInstance().normalize("Tối ưu truy vấn với select_related");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("vi", NFD_VI, "Tối ưu truy vấn với select_related"),
        Arguments.of("vi", "## Ôn lại kiến thức\n", "## Ôn lại kiến thức\n"),
        Arguments.of("fa", "كتاب جديد", "کتاب جدید"),
        Arguments.of("fa", "مصطفى", "مصطفی"),
        Arguments.of("fa", "می \u200c شود", "می\u200cشود"),
        Arguments.of("fa", "می\u200c شود و نمی \u200cتوان", "می\u200cشود و نمی\u200cتوان"),
        Arguments.of("fa", "ي\u0654", "\u0626"), // yeh + hamza above composes before yeh is replaced
        Arguments.of("fa", "از Middleware كه در settings.py است", "از Middleware که در settings.py است"),
        Arguments.of("fa", "كد `كلاس ي` و كد", "کد `كلاس ي` و کد"),
        Arguments.of("fa", "كد ``a ` كي`` كد", "کد ``a ` كي`` کد"),
        Arguments.of("fa", "[كتاب](https://fa.wikipedia.org/wiki/كتاب)", "[کتاب](https://fa.wikipedia.org/wiki/كتاب)"),
        Arguments.of("fa", "![عكس](img/عكس.png \"عكس\")", "![عکس](img/عكس.png \"عکس\")"),
        Arguments.of("fa", "<https://example.com/كي> كي", "<https://example.com/كي> کی"),
        Arguments.of("fa", "ببین https://fa.wikipedia.org/wiki/كتاب كي", "ببین https://fa.wikipedia.org/wiki/كتاب کی"),
        Arguments.of("fa", "[ك]: https://x.org/ك\n", "[ک]: https://x.org/ك\n"),
        Arguments.of("fa", "متن <span title=\"كي\">كي</span>", "متن <span title=\"كي\">کی</span>"),
        Arguments.of("fa", "كي\n```python\nname = \"كي\"\n```\nكي\n", "کی\n```python\nname = \"كي\"\n```\nکی\n"),
        Arguments.of("fa", "كي\n~~~~\nكي\n~~~\nكي\n~~~~\nكي", "کی\n~~~~\nكي\n~~~\nكي\n~~~~\nکی"),
        Arguments.of("fa", "كي\n\n    كي = 1\n\nكي", "کی\n\n    كي = 1\n\nکی"),
        Arguments.of("fa", "- كي\n\n  ```\n  كي\n  ```\n", "- کی\n\n  ```\n  كي\n  ```\n"),
        Arguments.of("fa", "- كي\n\n    كي ادامه\n", "- کی\n\n    کی ادامه\n"),
        Arguments.of("fa", "> ```\n> كي\n> ```\nكي", "> ```\n> كي\n> ```\nکی"),
        Arguments.of("en", "كي stays Arabic outside fa", "كي stays Arabic outside fa"),
        Arguments.of("fa", "a\r\nكي\r\n", "a\r\nکی\r\n"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void normalizesProseOnly(String lang, String input, String expected) {
    String out = TextNormalizer.normalizeMarkdown(input, lang);
    assertEquals(expected, out);
    assertEquals(input.lines().count(), out.lines().count(), "line structure kept");
  }

  @Test
  void nfdVietnameseIsNfcAfterwards() {
    assertFalse(TextNormalizer.isNfc(NFD_VI));
    String out = TextNormalizer.normalizeMarkdown("# " + NFD_VI + "\n\n" + NFD_VI + "\n", "vi");
    assertTrue(TextNormalizer.isNfc(out));
    assertEquals(TextNormalizer.nfc("# " + NFD_VI + "\n\n" + NFD_VI + "\n"), out);
  }

  @Test
  void codeIsNeverNormalized() {
    String code = "```\n" + NFD_VI + "\n```\n`" + NFD_VI + "`\n";
    assertEquals(code, TextNormalizer.normalizeMarkdown(code, "vi"));
  }

  @Test
  void findsArabicLettersOutsideCode() {
    assertEquals(-1, TextNormalizer.firstArabicLetterInPersian("کتاب `كتاب`\n```\nي\n```\n"));
    assertEquals(6, TextNormalizer.firstArabicLetterInPersian("`ك` x ك"));
    assertEquals(2, TextNormalizer.firstArabicLetterInPersian("abى"));
    assertEquals(-1, TextNormalizer.firstArabicLetterInPersian("[a](http://x/ك)"));
  }

  @Test
  void normalizeTextIsTheProseRule() {
    assertEquals("کتاب‌ها", TextNormalizer.normalizeText("كتاب \u200cها", "fa"));
    assertEquals("Tối ưu truy vấn với select_related", TextNormalizer.normalizeText(NFD_VI, "vi"));
  }
}
