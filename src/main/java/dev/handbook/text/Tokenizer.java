package dev.handbook.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.handbook.text.WordBreakFastPath.Segments;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into folded search tokens; {@code templates/assets/search-text.js} does the same in
 * the browser, and {@code src/test/resources/text/folding-vectors.json} is the definition.
 *
 * <ol>
 *   <li>The text is NFC-normalized and split with the ICU word BreakIterator (root locale); only
 *       word-like segments (rule status not NONE) count, so a ZWNJ inside a Persian word and
 *       {@code _}/{@code .} inside {@code select_related}/{@code request.user} keep one word.
 *       Text made only of the characters {@link WordBreakFastPath} handles (English, Vietnamese and
 *       Persian prose, digits, common punctuation) is split by that class instead, with the same
 *       segments and far faster; any other character sends the whole text to ICU.
 *   <li>Word-like segments separated by exactly one glue character, {@code _ . - +}, with no
 *       space, join into one identifier: {@code N+1}, {@code django-debug-toolbar}.
 *   <li>Each word is folded ({@link SearchFolding}); the folded word is emitted whole, then, when
 *       it contains glue characters, each non-empty piece between them (in order).
 *   <li>A token is kept only if it contains a letter or a number (drops emoji, lone marks).
 *   <li>A Persian affix written as a word of its own joins its word as its ZWNJ form would ({@link
 *       DetachedAffixes}): {@code مهم ترین} is the word {@code مهمترین} with the part {@code مهم}, and the
 *       tokens {@code مهم}, {@code مهمترین}.
 *   <li>Order is order of appearance; duplicates are kept (term frequency counts them).
 * </ol>
 */
public final class Tokenizer {
  /**
   * A word as written (or joined with its detached affixes) and its parts: the pieces of an identifier, or the
   * word the affixes joined; all folded.
   */
  public record Word(String whole, List<String> parts) {
    public Word {
      parts = List.copyOf(parts);
    }
  }

  /** BreakIterator instances are not thread-safe; each thread gets its own. */
  private static final ThreadLocal<BreakIterator> WORDS =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));
  /** Segment buffers are reused per thread; a text longer than this gets a buffer of its own, not kept. */
  private static final ThreadLocal<Segments> SEGMENTS = ThreadLocal.withInitial(Segments::new);
  private static final int KEPT_BUFFER_LIMIT = 1 << 16;
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private Tokenizer() {}

  /**
   * Every token of the text, in order: each word's whole form followed by its parts ({@link Word}); for a word
   * joined with its detached affixes, the word they joined, then the joined word.
   */
  public static List<String> tokens(String text) {
    return tokens(text, true);
  }

  /** {@link #tokens} with every text split by ICU: the reference the fast path is tested against. */
  static List<String> icuTokens(String text) {
    return tokens(text, false);
  }

  private static List<String> tokens(String text, boolean fastPathAllowed) {
    var out = new ArrayList<String>();
    forEachWord(text, fastPathAllowed, (whole, stem) -> {
      if (stem.isEmpty()) {
        out.add(whole);
        addParts(whole, out);
      } else {
        // The word as written first: a keyword phrase ending on it still matches (TopicRules), as before the join.
        out.addAll(stem);
        out.add(whole);
      }
    });
    return out;
  }

  /** The words of the text (see the class comment), those whose whole form has a letter or number. */
  public static List<Word> words(String text) {
    return words(text, true);
  }

  /** {@link #words} with every text split by ICU: the reference the fast path is tested against. */
  static List<Word> icuWords(String text) {
    return words(text, false);
  }

  private static List<Word> words(String text, boolean fastPathAllowed) {
    var out = new ArrayList<Word>();
    forEachWord(text, fastPathAllowed, (whole, stem) -> out.add(new Word(whole, stem.isEmpty() ? parts(whole) : stem)));
    return out;
  }

  /**
   * Steps 1 to 5 of the class comment: hands each kept word's folded whole form to {@code sink}, in order, with the
   * stem of a word joined with its detached affixes.
   */
  private static void forEachWord(String text, boolean fastPathAllowed, DetachedAffixes.Sink sink) {
    String nfc = TextNormalizer.nfc(text);
    Segments segments = nfc.length() <= KEPT_BUFFER_LIMIT ? SEGMENTS.get() : new Segments();
    if (!fastPathAllowed || !WordBreakFastPath.segment(nfc, segments)) {
      icuSegments(nfc, segments);
    }
    var affixes = new DetachedAffixes(sink);
    int count = segments.count();
    boolean afterWord = false; // the last thing seen was a kept word, not a dropped one
    int lastEnd = 0;
    int i = 0;
    while (i < count) {
      if (!segments.wordLike(i)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 2 < count && isGlue(nfc, segments, j + 1) && segments.wordLike(j + 2)) {
        j += 2;
      }
      boolean adjacent = afterWord && onlySpace(nfc, lastEnd, segments.start(i));
      String folded = SearchFolding.fold(nfc.substring(segments.start(i), segments.end(j)));
      if (mayHoldSpace(folded)) {
        // Word breaking keeps U+202F (narrow no-break space) inside a word; folding turns it into a space. The
        // pieces are adjacent to each other; an empty piece (a space at either end) separates like a dropped word.
        for (String piece : SPACES.split(folded, -1)) {
          afterWord = hasLetterOrNumber(piece);
          if (afterWord) {
            affixes.accept(piece, adjacent);
          }
          adjacent = afterWord;
        }
      } else {
        afterWord = hasLetterOrNumber(folded);
        if (afterWord) {
          affixes.accept(folded, adjacent);
        }
      }
      lastEnd = segments.end(j);
      i = j + 1;
    }
    affixes.flush();
  }

  /** True when {@code text[start, end)} is not empty and all white space. */
  private static boolean onlySpace(String text, int start, int end) {
    if (start >= end) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c != ' ' && !UCharacter.isUWhiteSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The segments of the ICU word BreakIterator: what {@link WordBreakFastPath} must reproduce. */
  static void icuSegments(String text, Segments out) {
    BreakIterator it = WORDS.get();
    it.setText(text);
    out.clear(text.length());
    it.first();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      out.add(end, it.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT);
    }
  }

  /**
   * False only when no character can be Unicode white space: then splitting at {@link #SPACES} gives the word
   * itself, and the regex is not run for it (most words).
   */
  private static boolean mayHoldSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20) {
        return true;
      }
      if (c >= 0x7F && (c <= 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
          || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> parts(String folded) {
    if (!hasGlue(folded)) {
      return List.of(); // most words: no list to build
    }
    var parts = new ArrayList<String>();
    addParts(folded, parts);
    return parts;
  }

  /** Appends the pieces between glue characters that hold a letter or number, when the word has glue. */
  private static void addParts(String folded, List<String> out) {
    int start = 0;
    for (int k = 0; k < folded.length(); k++) {
      if (isGlue(folded.charAt(k))) {
        addPiece(folded, start, k, out);
        start = k + 1;
      }
    }
    if (start > 0) {
      addPiece(folded, start, folded.length(), out);
    }
  }

  private static void addPiece(String folded, int start, int end, List<String> out) {
    if (hasLetterOrNumber(folded, start, end)) {
      out.add(folded.substring(start, end));
    }
  }

  private static boolean hasGlue(String folded) {
    for (int k = 0; k < folded.length(); k++) {
      if (isGlue(folded.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGlue(char c) {
    return c == '_' || c == '.' || c == '-' || c == '+';
  }

  private static boolean isGlue(String text, Segments segments, int k) {
    int start = segments.start(k);
    return !segments.wordLike(k) && segments.end(k) - start == 1 && isGlue(text.charAt(start));
  }

  static boolean hasLetterOrNumber(String s) {
    return hasLetterOrNumber(s, 0, s.length());
  }

  private static boolean hasLetterOrNumber(String s, int start, int end) {
    for (int i = start; i < end; ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        // In ASCII exactly the letters and the digits are letters or numbers.
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          return true;
        }
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      if (UCharacter.isLetter(cp) || isNumber(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** General category N (Nd, Nl, No), like {@code \p{N}} in the browser. */
  private static boolean isNumber(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacterCategory.DECIMAL_DIGIT_NUMBER
        || type == UCharacterCategory.LETTER_NUMBER
        || type == UCharacterCategory.OTHER_NUMBER;
  }
}
