package dev.handbook.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The segments of the ICU root-locale word {@link com.ibm.icu.text.BreakIterator}, for text whose characters all
 * come from a small set (ASCII, Latin letters with diacritics, Arabic script, common punctuation) where the UAX #29
 * word rules reduce to a few lines. Text with any other character gets {@code false} from {@link #segment}, and the
 * caller asks ICU; {@code TokenizerFastPathTest} checks the two agree.
 *
 * <p>Each character's class is its ICU {@code Word_Break} property. The set holds no Hebrew letter, Katakana,
 * regional indicator, ZWJ or dictionary script (Thai, CJK); Extended_Pictographic ({@code ©}) only matters after a
 * ZWJ and Double_Quote only next to a Hebrew letter, so both act as Other. The rules left: CR LF stays together
 * (WB3); horizontal white space stays together (WB3d); Extend and Format characters join what precedes them, except
 * at the start of text or after a line break (WB4); letters, digits and {@code _} join (WB5, 8-10, 13a/b); a
 * MidLetter/MidNumLet/Single_Quote between letters (WB6/7) and a MidNum/MidNumLet/Single_Quote between digits
 * (WB11/12) joins; everything else stands alone.
 *
 * <p>A run of letters, digits and ExtendNumLet is word-like (ICU rule status {@code >= 100}) except when it ends in
 * an ExtendNumLet that is alone or followed by Extend/Format characters: ICU gives {@code _} and {@code a_<ZWNJ>} no
 * status, but {@code __}, {@code a_} and {@code a_<ZWNJ>b} one. No other segment is word-like.
 */
final class WordBreakFastPath {
  private static final byte UNHANDLED = 0;
  private static final byte OTHER = 1;
  private static final byte CR = 2;
  private static final byte LINE_BREAK = 3; // LF or Newline: a segment of its own, nothing attaches to it
  private static final byte EXTEND = 4; // Extend or Format
  private static final byte SPACE = 5; // WSegSpace
  private static final byte LETTER = 6; // ALetter
  private static final byte NUMERIC = 7;
  private static final byte EXTEND_NUM_LET = 8;
  private static final byte MID_LETTER = 9;
  private static final byte MID_NUM = 10;
  private static final byte MID_NUM_LET = 11; // MidNumLet or Single_Quote: the rules treat both alike here

  /** Class of every char value (a surrogate is unhandled). */
  private static final byte[] CLASSES = classes();

  private WordBreakFastPath() {}

  /**
   * Fills {@code out} with the segments of {@code text} and returns true; returns false, leaving {@code out}
   * unspecified, when the text holds a character outside the handled set.
   */
  static boolean segment(String text, Segments out) {
    int n = text.length();
    out.clear(n);
    int i = 0;
    while (i < n) {
      byte cls = CLASSES[text.charAt(i)];
      switch (cls) {
        // Every character either starts a segment here or was classed as handled inside one, so no
        // unhandled character goes unseen.
        case UNHANDLED -> {
          return false;
        }
        case CR -> {
          i += i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
          out.add(i, false);
        }
        case LINE_BREAK -> out.add(++i, false);
        case EXTEND -> {
          i = skipExtend(text, i + 1);
          out.add(i, false);
        }
        case SPACE -> {
          int j = i + 1;
          while (j < n && CLASSES[text.charAt(j)] == SPACE) {
            j++;
          }
          i = skipExtend(text, j);
          out.add(i, false);
        }
        case LETTER, NUMERIC, EXTEND_NUM_LET -> i = word(text, i, cls, out);
        default -> {
          i = skipExtend(text, i + 1);
          out.add(i, false);
        }
      }
    }
    return true;
  }

  /** A run of letters, digits and ExtendNumLet with the Mid characters the rules allow inside; returns its end. */
  private static int word(String text, int start, byte first, Segments out) {
    int n = text.length();
    byte last = first;
    int lastAt = start; // index of the last character that is not Extend/Format
    int i = start + 1;
    while (i < n) {
      byte next = CLASSES[text.charAt(i)];
      if (next == EXTEND) {
        i++; // WB4: joins whatever precedes it
        continue;
      }
      if (next == LETTER || next == NUMERIC || next == EXTEND_NUM_LET) {
        last = next;
        lastAt = i++;
        continue;
      }
      boolean midLetter = last == LETTER && (next == MID_LETTER || next == MID_NUM_LET);
      boolean midNum = last == NUMERIC && (next == MID_NUM || next == MID_NUM_LET);
      if (!midLetter && !midNum) {
        break;
      }
      int after = skipExtend(text, i + 1);
      if (after >= n || CLASSES[text.charAt(after)] != last) {
        break; // the Mid character needs the same kind on both sides (WB6/7, WB11/12)
      }
      lastAt = after;
      i = after + 1;
    }
    boolean wordLike = last != EXTEND_NUM_LET || (lastAt > start && lastAt == i - 1);
    out.add(i, wordLike);
    return i;
  }

  private static int skipExtend(String text, int i) {
    int n = text.length();
    while (i < n && CLASSES[text.charAt(i)] == EXTEND) {
      i++;
    }
    return i;
  }

  /**
   * The segments of a text, in order: each starts where the previous one ends, the first at 0. Kept as
   * {@code end << 1 | wordLike} in one reusable array, so splitting a text creates no object per segment.
   */
  static final class Segments {
    private int[] packed = new int[64];
    private int count;

    /** Empties the list and makes room for {@code maxCount} segments. */
    void clear(int maxCount) {
      count = 0;
      if (packed.length < maxCount) {
        packed = new int[Math.max(maxCount, packed.length * 2)];
      }
    }

    void add(int end, boolean wordLike) {
      packed[count++] = end << 1 | (wordLike ? 1 : 0);
    }

    int count() {
      return count;
    }

    int start(int k) {
      return k == 0 ? 0 : end(k - 1);
    }

    int end(int k) {
      return packed[k] >>> 1;
    }

    boolean wordLike(int k) {
      return (packed[k] & 1) != 0;
    }
  }

  private static byte[] classes() {
    byte[] table = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = handled(c) ? wordBreakClass(c) : UNHANDLED;
    }
    return table;
  }

  /**
   * ASCII, Latin-1, Latin Extended-A/B and Additional (Vietnamese), the Arabic block (Persian letters, digits,
   * punctuation and harakat), ZWSP/ZWNJ/LRM/RLM, general punctuation, currency signs and arrows. Left to ICU, among
   * others: combining diacritics (U+0300..), ZWJ (emoji sequences), the Arabic number signs, the typographic spaces
   * and U+202F.
   */
  private static boolean handled(int c) {
    return c <= 0x024F
        || (c >= 0x0606 && c <= 0x06FF && c != 0x06DD)
        || (c >= 0x1E00 && c <= 0x1EFF)
        || (c >= 0x200B && c <= 0x200F && c != 0x200D)
        || (c >= 0x2010 && c <= 0x2029)
        || (c >= 0x2030 && c <= 0x205E)
        || (c >= 0x20A0 && c <= 0x20CF)
        || (c >= 0x2190 && c <= 0x21FF);
  }

  private static byte wordBreakClass(int c) {
    return switch (UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK)) {
      // Double_Quote only matters next to a Hebrew letter (WB7b/c), which is never handled.
      case UCharacter.WordBreak.OTHER, UCharacter.WordBreak.DOUBLE_QUOTE -> OTHER;
      case UCharacter.WordBreak.CR -> CR;
      case UCharacter.WordBreak.LF, UCharacter.WordBreak.NEWLINE -> LINE_BREAK;
      case UCharacter.WordBreak.EXTEND, UCharacter.WordBreak.FORMAT -> EXTEND;
      case UCharacter.WordBreak.WSEGSPACE -> SPACE;
      case UCharacter.WordBreak.ALETTER -> LETTER;
      case UCharacter.WordBreak.NUMERIC -> NUMERIC;
      case UCharacter.WordBreak.EXTENDNUMLET -> EXTEND_NUM_LET;
      case UCharacter.WordBreak.MIDLETTER -> MID_LETTER;
      case UCharacter.WordBreak.MIDNUM -> MID_NUM;
      case UCharacter.WordBreak.MIDNUMLET, UCharacter.WordBreak.SINGLE_QUOTE -> MID_NUM_LET;
      default -> UNHANDLED; // ZWJ, Hebrew_Letter, Katakana, ...: rules this class does not implement
    };
  }
}
