package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import dev.handbook.text.WordBreakFastPath.Segments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link WordBreakFastPath} gives exactly the segments of the ICU word BreakIterator, and the tokenizer the same
 * words, for every text it accepts; texts with other characters are declined and go to ICU.
 */
class TokenizerFastPathTest {
  /** Pieces the fast path handles: one of each word-break class, and the words that mix them. */
  private static final String[] HANDLED = {
    "a", "Z", "q", "é", "Đ", "đ", "ệ", "ừ", "ơ", "ư", "ắ", "ñ", "ß", "ª", "ŉ", "ǅ", "ş",
    "ش", "ی", "ک", "ـ", "ة", "ۀ", "ي", "ك", "می\u200Cشود", "نام\u200Cگذاری", "راه\u200Cحل", "مثلاً", "سؤال",
    "0", "7", "۱", "۲۳", "٤", "١٢", "٫", "٬", "²", "½",
    ".", ",", ";", ":", "'", "’", "‘", "·", "‧", "․", "،", "؛", "؟", "۔", "٪", "⁄",
    "_", "__", "‿", "-", "+", "‐", "–", "—", "…", "“", "”", "\"", "«", "»", "(", ")", "/", "@", "#", "*", "`",
    "©", "®", "€", "→", "↔", "‼", "%", "\\", "|", "~", "=", "<", ">", "!", "?", "&", "$", "^", "{", "}",
    " ", "  ", "\t", "\u00A0", "\n", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029",
    "\u200C", "\u200B", "\u200E", "\u200F", "\u061C", "\u00AD", "\u064B", "\u0654", "\u0670", "\u0000", "\u007F",
    "a.b", "3.14", "1,000", "۱٬۰۰۰", "don't", "a:b", "1:2", "e.g.", "U.S.A", "select_related", "request.user",
    "N+1", "django-debug-toolbar", "x_1", "_init_", "1_000", "v2.0", "__str__", "l'été", "it’s", "a·b",
    "e\u0301", "\u0627\u0653", // composed by NFC before segmenting
  };
  /** Pieces it declines: the whole text then goes to ICU. */
  private static final String[] UNHANDLED = {
    "👉", "😀", "👍🏽", "中文", "日本語", "カタカナ", "한국어", "ภาษาไทย", "ລາວ", "\u0301", "\u202F",
    "\u200D", "שלום", "א\"ב", "\uD83C", "\u0600", "Ω", "я", "\uFEFF", "\u3000", "\u2003", "ﷲ", "ﺍ",
  };
  /** One character of each class, for the exhaustive short strings. */
  private static final String[] CLASS_SAMPLES = {
    "a", "ệ", "ش", "1", "۱", ".", ":", ",", ";", "'", "_", "-", " ", "\t", "\n", "\r", "\u200C", "\u064B", "\"", "©",
  };

  @Test
  void randomTextsAgreeWithIcu() {
    var random = new SplittableRandom(29);
    int accepted = 0;
    int declined = 0;
    for (int n = 0; n < 200_000; n++) {
      var text = new StringBuilder();
      int pieces = random.nextInt(24);
      for (int p = 0; p < pieces; p++) {
        String[] from = random.nextInt(200) == 0 ? UNHANDLED : HANDLED;
        text.append(from[random.nextInt(from.length)]);
      }
      if (agree(text.toString())) {
        accepted++;
      } else {
        declined++;
      }
    }
    assertTrue(accepted > 150_000, "fast path taken " + accepted + " times");
    assertTrue(declined > 5_000, "ICU taken " + declined + " times");
  }

  @Test
  void everyShortStringOfClassSamplesAgreesWithIcu() {
    int accepted = 0;
    for (int length = 1; length <= 4; length++) {
      int total = (int) Math.pow(CLASS_SAMPLES.length, length);
      for (int code = 0; code < total; code++) {
        var text = new StringBuilder();
        for (int k = 0, rest = code; k < length; k++, rest /= CLASS_SAMPLES.length) {
          text.append(CLASS_SAMPLES[rest % CLASS_SAMPLES.length]);
        }
        accepted += agree(text.toString()) ? 1 : 0;
      }
    }
    assertEquals(20 + 400 + 8000 + 160_000, accepted);
  }

  /** Segments only (cheap), for every string up to 6 characters long over one character of the main classes. */
  @Test
  void everyStringOfSixCoreCharactersSegmentsLikeIcu() {
    String alphabet = "a1.:,'_ \n\r\u200C-";
    var fast = new Segments();
    var icu = new Segments();
    var text = new StringBuilder();
    int checked = 0;
    for (int length = 1; length <= 6; length++) {
      int total = (int) Math.pow(alphabet.length(), length);
      for (int code = 0; code < total; code++) {
        text.setLength(0);
        for (int k = 0, rest = code; k < length; k++, rest /= alphabet.length()) {
          text.append(alphabet.charAt(rest % alphabet.length()));
        }
        String s = text.toString();
        assertTrue(WordBreakFastPath.segment(s, fast), () -> "declined " + escape(s));
        Tokenizer.icuSegments(s, icu);
        if (!same(fast, icu)) {
          assertEquals(describe(s, icu), describe(s, fast), () -> "segments of " + escape(s));
        }
        checked++;
      }
    }
    assertEquals(3_257_436, checked);
  }

  /** Each character of the handled set, in the contexts where its class decides a boundary. */
  @Test
  void everyHandledCharacterAgreesWithIcuInContext() {
    int handled = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      if (!WordBreakFastPath.segment(s, new Segments())) {
        continue;
      }
      handled++;
      for (String context : List.of("x%sy", "x%s", "%sx", "7%s8", "۷%s۸", "%s%s", "%s%s%s", " %s ", "\n%s",
          "%s\u200C", "\u200C%s", "a%s\u200Cb", "%s\r\n", "_%s_")) {
        String text = context.replace("%s", s);
        assertTrue(agree(text), () -> "declined " + escape(text));
      }
    }
    assertTrue(handled > 1_300, handled + " characters handled");
  }

  @Test
  void declinesTextWithAnyUnhandledCharacter() {
    for (String piece : UNHANDLED) {
      String text = "select_related " + piece + " می\u200Cشود";
      assertFalse(WordBreakFastPath.segment(TextNormalizer.nfc(text), new Segments()), escape(text));
      assertEquals(Tokenizer.icuWords(text), Tokenizer.words(text), escape(text));
    }
  }

  @Test
  void everyParagraphOfTheRealContentAgreesWithIcu() throws IOException {
    int paragraphs = 0;
    try (Stream<Path> files = Files.walk(Fixtures.realContent())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        for (String paragraph : Files.readString(file).split("\n\\s*\n")) {
          agree(paragraph);
          paragraphs++;
        }
      }
    }
    assertTrue(paragraphs > 50, paragraphs + " paragraphs");
  }

  /** Asserts the fast path, when it accepts the text, gives ICU's segments and words; tells whether it did. */
  private static boolean agree(String text) {
    String nfc = TextNormalizer.nfc(text);
    var fast = new Segments();
    boolean accepted = WordBreakFastPath.segment(nfc, fast);
    if (accepted) {
      var icu = new Segments();
      Tokenizer.icuSegments(nfc, icu);
      assertEquals(describe(nfc, icu), describe(nfc, fast), () -> "segments of " + escape(text));
    }
    List<Tokenizer.Word> expected = Tokenizer.icuWords(text);
    assertEquals(expected, Tokenizer.words(text), () -> "words of " + escape(text));
    assertEquals(Tokenizer.icuTokens(text), Tokenizer.tokens(text), () -> "tokens of " + escape(text));
    return accepted;
  }

  private static boolean same(Segments a, Segments b) {
    if (a.count() != b.count()) {
      return false;
    }
    for (int k = 0; k < a.count(); k++) {
      if (a.end(k) != b.end(k) || a.wordLike(k) != b.wordLike(k)) {
        return false;
      }
    }
    return true;
  }

  /** Segments as text, e.g. {@code [a.b]* [ ] [c]*}, where * marks a word-like segment. */
  private static String describe(String text, Segments segments) {
    var out = new StringBuilder();
    for (int k = 0; k < segments.count(); k++) {
      out.append('[').append(escape(text.substring(segments.start(k), segments.end(k)))).append(']')
          .append(segments.wordLike(k) ? "* " : " ");
    }
    return out.toString();
  }

  private static String escape(String s) {
    var out = new StringBuilder();
    s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.toString();
  }
}
