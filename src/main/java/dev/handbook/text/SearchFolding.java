package dev.handbook.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * The folding shared by search (index and query) and topic keyword rules: exactly the six steps of
 * DESIGN.md "Text folding". {@code templates/assets/search-text.js} implements the same steps and
 * {@code src/test/resources/text/folding-vectors.json} decides when the two disagree.
 *
 * <p>One addition to step 4: {@code ە} (U+06D5) -> {@code ه}. NFD turns the Persian {@code ۀ}
 * (U+06C0) into U+06D5 plus hamza above, so without it {@code ۀ} would not fold to {@code ه} as the
 * design requires; U+06D5 does not otherwise occur in Persian.
 */
public final class SearchFolding {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  /**
   * Folded forms of non-ASCII words already seen. Folding is a pure function and text repeats its words, so a
   * handbook of thousands of pages folds each distinct Vietnamese or Persian word once instead of every time.
   * Bounded, so that a long {@code serve} session cannot grow it without limit.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> SEEN =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int SEEN_LIMIT = 100_000;
  private static final int SEEN_MAX_LENGTH = 48;

  private SearchFolding() {}

  public static String fold(String s) {
    if (isAscii(s)) {
      return asciiLowerCase(s); // the six steps change nothing else in ASCII; most tokens are ASCII
    }
    String seen = SEEN.get(s);
    if (seen != null) {
      return seen;
    }
    String folded = foldUnicode(s);
    if (s.length() <= SEEN_MAX_LENGTH && SEEN.size() < SEEN_LIMIT) {
      SEEN.put(s, folded);
    }
    return folded;
  }

  private static String foldUnicode(String s) {
    String lower = UCharacter.toLowerCase(ULocale.ROOT, NFKC.normalize(s)); // steps 1 and 2
    String decomposed = NFD.normalize(lower);
    var out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK) {
        continue; // step 3
      }
      if (Invisibles.isInvisible(cp)) {
        continue; // step 5
      }
      out.appendCodePoint(letter(cp));
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String asciiLowerCase(String s) {
    if (!hasAsciiUpperCase(s)) {
      return s;
    }
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] += 'a' - 'A';
      }
    }
    return new String(chars);
  }

  private static boolean hasAsciiUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /** Steps 4 and 6: letters without a decomposition, and Persian/Arabic-Indic digits. */
  private static int letter(int cp) {
    switch (cp) {
      case 0x0111: // đ (Đ was lower-cased in step 2)
        return 'd';
      case 0x064A: // Arabic yeh
      case 0x0649: // alef maksura
        return 0x06CC;
      case 0x0643: // Arabic kaf
        return 0x06A9;
      case 0x0629: // teh marbuta
      case 0x06D5: // ae: what NFD leaves of heh with yeh above (U+06C0), so that ۀ -> ه
        return 0x0647;
      default:
        if (cp >= 0x06F0 && cp <= 0x06F9) {
          return '0' + (cp - 0x06F0);
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
          return '0' + (cp - 0x0660);
        }
        return cp;
    }
  }
}
