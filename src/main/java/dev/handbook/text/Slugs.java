package dev.handbook.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

/**
 * Readable, stable anchor ids for headings in every script.
 *
 * <p>Rules, in order: NFKC; Latin letters lose their marks and become ASCII through ICU
 * {@code Latin-ASCII} ({@code Ôn lại kiến thức} -> {@code on-lai-kien-thuc}, {@code đ} -> {@code
 * d}); Arabic harakat (U+064B..U+0652, U+0670) are removed but madda and hamza stay, so {@code آ}
 * is kept; lower case; Arabic yeh/kaf become Persian; invisible characters (ZWNJ, ZWJ, tatweel,
 * soft hyphen, bidi controls) are removed, so {@code می‌شود} -> {@code میشود} (a ZWNJ joins, it
 * does not separate words); apostrophes are dropped ({@code Django's} -> {@code djangos});
 * letters, marks, decimal digits (of any script, unchanged) and {@code _} are kept, so {@code
 * select_related} stays {@code select_related}; every other run becomes one {@code -}; leading
 * and trailing {@code -} are trimmed; an empty result is {@code section}. Persian and other
 * non-Latin scripts are never transliterated.
 */
public final class Slugs {
  public static final String FALLBACK = "section";

  private static final String RULES = String.join("\n",
      ":: NFD ;",
      "[:Latin:] { [:Mn:]+ > ;",
      "[\\u064B-\\u0652\\u0670] > ;",
      ":: NFC ;",
      ":: Latin-ASCII ;");
  /** Transliterator instances are not thread-safe; each thread gets its own. */
  private static final ThreadLocal<Transliterator> LATIN_TO_ASCII = ThreadLocal.withInitial(
      () -> Transliterator.createFromRules("handbook-slug", RULES, Transliterator.FORWARD));
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  /**
   * For Latin letters with marks (U+0080..U+024F and U+1E00..U+1EFF), the ASCII letter the rules above turn
   * them into: the letter they decompose to when all the rest are marks, and {@code đ}/{@code Đ} -> d/D; 0 for
   * any other character. Text made only of ASCII and such letters (English, Vietnamese) then needs no
   * transliterator, which is the slow part of making a slug; anything else still goes through it.
   */
  private static final char[] LATIN_BASE = latinBases();
  private static final char[] EXTENDED_ADDITIONAL_BASE = bases(0x1E00, 0x1EFF);

  private Slugs() {}

  public static String slug(String headingText) {
    String s = NFKC.normalize(headingText);
    String latin = latinToAscii(s);
    if (latin != null) {
      s = asciiLowerCase(latin);
    } else {
      s = LATIN_TO_ASCII.get().transliterate(s);
      s = TextNormalizer.persianLetters(UCharacter.toLowerCase(ULocale.ROOT, s));
    }
    var out = new StringBuilder(s.length());
    boolean pendingDash = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Invisibles.isInvisible(cp) || cp == '\'' || cp == '\u2019') {
        continue;
      }
      if (cp == '_' || isWordChar(cp)) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        pendingDash = false;
        out.appendCodePoint(cp);
      } else {
        pendingDash = true;
      }
    }
    return out.length() == 0 ? FALLBACK : out.toString();
  }

  /** {@code s} with its Latin letters stripped of their marks, or null when it has any other non-ASCII character. */
  private static String latinToAscii(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char ascii = c < 0x80 ? c : latinBase(c);
      if (ascii == 0) {
        return null;
      }
      if (out == null && ascii != c) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(ascii);
      }
    }
    return out == null ? s : out.toString();
  }

  private static char latinBase(char c) {
    if (c < LATIN_BASE.length) {
      return LATIN_BASE[c];
    }
    return c >= 0x1E00 && c <= 0x1EFF ? EXTENDED_ADDITIONAL_BASE[c - 0x1E00] : 0;
  }

  private static char[] latinBases() {
    char[] table = new char[0x250];
    char[] upper = bases(0x80, 0x24F);
    System.arraycopy(upper, 0, table, 0x80, upper.length);
    table[0x0111] = 'd';
    table[0x0110] = 'D';
    return table;
  }

  private static char[] bases(int from, int to) {
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    char[] out = new char[to - from + 1];
    for (int c = from; c <= to; c++) {
      String d = nfd.normalize(String.valueOf((char) c));
      boolean letterWithMarks = d.length() >= 2 && d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0));
      for (int i = 1; letterWithMarks && i < d.length(); i++) {
        letterWithMarks = UCharacter.getType(d.charAt(i)) == UCharacterCategory.NON_SPACING_MARK;
      }
      out[c - from] = letterWithMarks ? d.charAt(0) : 0;
    }
    return out;
  }

  private static String asciiLowerCase(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] += 'a' - 'A';
      }
    }
    return new String(chars);
  }

  private static boolean isWordChar(int cp) {
    int type = UCharacter.getType(cp);
    return UCharacter.isLetter(cp)
        || type == UCharacterCategory.DECIMAL_DIGIT_NUMBER
        || type == UCharacterCategory.NON_SPACING_MARK
        || type == UCharacterCategory.COMBINING_SPACING_MARK;
  }
}
