package dev.handbook.check;

import dev.handbook.diag.Diagnostic;
import dev.handbook.text.TextNormalizer;
import java.util.function.Consumer;

/**
 * Lints on a page's text as the author saved it, before the build normalizes it (for {@code check} only: the
 * build fixes both silently, but search tools, diffs and other editors see the file as written):
 *
 * <ul>
 *   <li>{@code text-not-nfc}: a line that is not in Unicode NFC (e.g. Vietnamese typed with combining marks).
 *   <li>{@code persian-arabic-letter}: Arabic yeh, alef maksura or kaf in Persian prose, counted per file.
 * </ul>
 */
public final class SourceTextLints {
  public static final String NOT_NFC = "text-not-nfc";
  public static final String ARABIC_LETTER = "persian-arabic-letter";

  private SourceTextLints() {}

  /**
   * @param text the whole file as decoded (front matter included), so that lines are file lines
   */
  public static void lint(String path, String lang, String text, Consumer<Diagnostic> out) {
    notNfc(path, text, out);
    if ("fa".equals(lang)) {
      arabicLetters(path, text, out);
    }
  }

  private static void notNfc(String path, String text, Consumer<Diagnostic> out) {
    if (TextNormalizer.isNfc(text)) {
      return;
    }
    // NFC outside code, with line breaks kept, so that the two texts line up line by line.
    String[] written = text.split("\n", -1);
    String[] normalized = TextNormalizer.normalizeMarkdown(text, "und").split("\n", -1);
    for (int i = 0; i < written.length && i < normalized.length; i++) {
      if (!written[i].equals(normalized[i])) {
        out.accept(Diagnostic.warning(NOT_NFC, path, i + 1, firstDifference(written[i], normalized[i]),
            "text is not in Unicode NFC (letters typed as a base letter plus combining marks)",
            "save the file in NFC; most editors have a 'normalize Unicode' command"));
      }
    }
  }

  private static void arabicLetters(String path, String text, Consumer<Diagnostic> out) {
    int first = TextNormalizer.firstArabicLetterInPersian(text);
    if (first < 0) {
      return;
    }
    long count = arabicLetterCount(text) - arabicLetterCount(TextNormalizer.normalizeMarkdown(text, "fa"));
    int lineStart = text.lastIndexOf('\n', first - 1) + 1;
    int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    int column = text.codePointCount(lineStart, first) + 1;
    out.accept(Diagnostic.warning(ARABIC_LETTER, path, line, column,
        "Persian text has " + count + " Arabic " + (count == 1 ? "letter" : "letters")
            + " (ي ى ك); the first is '" + text.charAt(first) + "' here",
        "type the Persian letters ی (U+06CC) and ک (U+06A9); a Persian keyboard layout does this"));
  }

  private static long arabicLetterCount(String s) {
    return s.chars().filter(c -> c == '\u064A' || c == '\u0649' || c == '\u0643').count();
  }

  /** 1-based column (in code points) of the first character where the two lines differ. */
  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i > 0 && i < a.length() && Character.isLowSurrogate(a.charAt(i))) {
      i--;
    }
    return a.codePointCount(0, i) + 1;
  }
}
