package dev.handbook.text;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;

/**
 * Build-time normalization of Markdown sources: NFC for every language, and for Persian the
 * Persian forms of yeh and kaf plus ZWNJ without stray spaces.
 *
 * <p>Code spans, code blocks, autolinks, inline HTML tags, bare URLs and link destinations are
 * never changed (see {@link MarkdownRegions}), and no line break is ever added or removed, so
 * source line numbers stay valid after normalization.
 */
public final class TextNormalizer {
  static final char ARABIC_YEH = '\u064A';
  static final char ARABIC_ALEF_MAKSURA = '\u0649';
  static final char ARABIC_KAF = '\u0643';
  static final char PERSIAN_YEH = '\u06CC';
  static final char PERSIAN_KAF = '\u06A9';
  static final char ZWNJ = '\u200C';

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  /** Spaces typed around a ZWNJ (a common keyboard slip); never a line break. */
  private static final Pattern SPACES_AROUND_ZWNJ = Pattern.compile("[ \\t\\u00A0]*\\u200C[ \\t\\u00A0]*");

  private TextNormalizer() {}

  /** NFC of any text. */
  public static String nfc(String s) {
    // Most text is NFC already: the quick check spans it without copying, where normalize would copy it.
    return NFC.spanQuickCheckYes(s) == s.length() ? s : NFC.normalize(s);
  }

  public static boolean isNfc(String s) {
    return NFC.isNormalized(s);
  }

  /**
   * Normalizes a Markdown source of the given language ("vi", "en", "fa", ...): NFC outside
   * verbatim regions; for "fa" also Arabic yeh/alef maksura to Persian yeh, Arabic kaf to Persian
   * kaf, and spaces around ZWNJ removed. Verbatim regions are copied unchanged.
   */
  public static String normalizeMarkdown(String markdown, String lang) {
    boolean persian = "fa".equals(lang);
    String source = ControlCharacters.replaced(markdown); // everywhere, code included: no page may hold them
    // Most pages have nothing to change anywhere, code included: then no region would change either, and the
    // page is not split into regions at all.
    return proseWouldStay(source, persian) ? source : normalizeByRegions(source, persian);
  }

  /**
   * Whether normalizing the whole source as prose would leave it as it is. Every condition holds for each part
   * of a text that it holds for: NFC's quick check passes character by character (with the order of combining
   * marks, which a part keeps), and the other conditions look for characters or pairs that a part can only lose.
   */
  static boolean proseWouldStay(String source, boolean persian) {
    if (source.indexOf("&#") >= 0 || NFC.spanQuickCheckYes(source) != source.length()) {
      return false;
    }
    if (!persian) {
      return true;
    }
    if (source.indexOf(ARABIC_YEH) >= 0 || source.indexOf(ARABIC_ALEF_MAKSURA) >= 0
        || source.indexOf(ARABIC_KAF) >= 0) {
      return false;
    }
    for (int at = source.indexOf(ZWNJ); at >= 0; at = source.indexOf(ZWNJ, at + 1)) {
      if (at > 0 && isSpaceBesideZwnj(source.charAt(at - 1))
          || at + 1 < source.length() && isSpaceBesideZwnj(source.charAt(at + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpaceBesideZwnj(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /** {@link #normalizeMarkdown} region by region, verbatim regions copied unchanged. */
  static String normalizeByRegions(String source, boolean persian) {
    var out = new StringBuilder(source.length());
    for (var region : MarkdownRegions.split(source)) {
      String text = source.substring(region.start(), region.end());
      out.append(region.prose() ? ControlCharacters.replacedReferences(normalizeProse(text, persian)) : text);
    }
    return out.toString();
  }

  /** Plain text (no Markdown) version of {@link #normalizeMarkdown}, e.g. for front-matter titles. */
  public static String normalizeText(String text, String lang) {
    return normalizeProse(text, "fa".equals(lang));
  }

  /**
   * Index of the first Arabic yeh, alef maksura or kaf outside verbatim regions of a Markdown
   * source, or -1. A lint uses it to tell Persian authors their text was not normalized.
   */
  public static int firstArabicLetterInPersian(String markdown) {
    for (var region : MarkdownRegions.split(markdown)) {
      if (!region.prose()) {
        continue;
      }
      for (int i = region.start(); i < region.end(); i++) {
        if (isArabicOnlyLetter(markdown.charAt(i))) {
          return i;
        }
      }
    }
    return -1;
  }

  static boolean isArabicOnlyLetter(char c) {
    return c == ARABIC_YEH || c == ARABIC_ALEF_MAKSURA || c == ARABIC_KAF;
  }

  /** Arabic yeh/alef maksura/kaf to their Persian forms; other characters unchanged. */
  static String persianLetters(String s) {
    if (s.indexOf(ARABIC_YEH) < 0 && s.indexOf(ARABIC_ALEF_MAKSURA) < 0 && s.indexOf(ARABIC_KAF) < 0) {
      return s;
    }
    return s.replace(ARABIC_YEH, PERSIAN_YEH)
        .replace(ARABIC_ALEF_MAKSURA, PERSIAN_YEH)
        .replace(ARABIC_KAF, PERSIAN_KAF);
  }

  private static String normalizeProse(String text, boolean persian) {
    // NFC first: it composes yeh + hamza above into U+0626 before yeh is replaced.
    String s = nfc(text);
    if (!persian) {
      return s;
    }
    s = persianLetters(s);
    if (s.indexOf(ZWNJ) >= 0) {
      s = SPACES_AROUND_ZWNJ.matcher(s).replaceAll("\u200C");
    }
    return nfc(s);
  }
}
