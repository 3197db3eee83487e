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

  private Slugs() {}

  public static String slug(String headingText) {
    String s = NFKC.normalize(headingText);
    s = LATIN_TO_ASCII.get().transliterate(s);
    s = TextNormalizer.persianLetters(UCharacter.toLowerCase(ULocale.ROOT, s));
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

  private static boolean isWordChar(int cp) {
    int type = UCharacter.getType(cp);
    return UCharacter.isLetter(cp)
        || type == UCharacterCategory.DECIMAL_DIGIT_NUMBER
        || type == UCharacterCategory.NON_SPACING_MARK
        || type == UCharacterCategory.COMBINING_SPACING_MARK;
  }
}
