package dev.handbook.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into folded search tokens; {@code templates/assets/search-text.js} does the same in
 * the browser, and {@code src/test/resources/text/folding-vectors.json} is the definition.
 *
 * <ol>
 *   <li>The text is NFC-normalized and split with the ICU word BreakIterator (root locale); only
 *       word-like segments (rule status not NONE) count, so a ZWNJ inside a Persian word and
 *       {@code _}/{@code .} inside {@code select_related}/{@code request.user} keep one word.
 *   <li>Word-like segments separated by exactly one glue character, {@code _ . - +}, with no
 *       space, join into one identifier: {@code N+1}, {@code django-debug-toolbar}.
 *   <li>Each word is folded ({@link SearchFolding}); the folded word is emitted whole, then, when
 *       it contains glue characters, each non-empty piece between them (in order).
 *   <li>A token is kept only if it contains a letter or a number (drops emoji, lone marks).
 *   <li>Order is order of appearance; duplicates are kept (term frequency counts them).
 * </ol>
 */
public final class Tokenizer {
  /** A word as written and the parts of an identifier, all folded. */
  public record Word(String whole, List<String> parts) {
    public Word {
      parts = List.copyOf(parts);
    }
  }

  private static final String GLUE = "_.-+";
  /** BreakIterator instances are not thread-safe; each thread gets its own. */
  private static final ThreadLocal<BreakIterator> WORDS =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

  private Tokenizer() {}

  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("\\s+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  /** Every token of the text, in order: each word's whole form followed by its parts. */
  public static List<String> tokens(String text) {
    var out = new ArrayList<String>();
    for (Word word : words(text)) {
      out.add(word.whole());
      out.addAll(word.parts());
    }
    return out;
  }

  /** The words of the text (see the class comment), those whose whole form has a letter or number. */
  public static List<Word> words(String text) {
    String nfc = TextNormalizer.nfc(text);
    List<Segment> segments = segments(nfc);
    var out = new ArrayList<Word>();
    int i = 0;
    while (i < segments.size()) {
      if (!segments.get(i).wordLike()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 2 < segments.size() && isGlue(nfc, segments.get(j + 1)) && segments.get(j + 2).wordLike()) {
        j += 2;
      }
      String folded = SearchFolding.fold(nfc.substring(segments.get(i).start(), segments.get(j).end()));
      // Word breaking keeps U+202F (narrow no-break space) inside a word; folding turns it into a space.
      for (String piece : mayHoldSpace(folded) ? SPACES.split(folded) : new String[] {folded}) {
        if (hasLetterOrNumber(piece)) {
          out.add(new Word(piece, parts(piece)));
        }
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * False only when no character can be Unicode white space: then splitting at {@link #SPACES} gives the word
   * itself, and the regex is not run for it (most words).
   */
  private static boolean mayHoldSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
          || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000) {
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
    int start = 0;
    boolean glued = false;
    for (int k = 0; k <= folded.length(); k++) {
      if (k == folded.length() || GLUE.indexOf(folded.charAt(k)) >= 0) {
        glued |= k < folded.length();
        String piece = folded.substring(start, k);
        if (hasLetterOrNumber(piece)) {
          parts.add(piece);
        }
        start = k + 1;
      }
    }
    return glued ? parts : List.of();
  }

  private static boolean hasGlue(String folded) {
    for (int k = 0; k < folded.length(); k++) {
      if (GLUE.indexOf(folded.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGlue(String text, Segment s) {
    return !s.wordLike() && s.end() - s.start() == 1 && GLUE.indexOf(text.charAt(s.start())) >= 0;
  }

  static boolean hasLetterOrNumber(String s) {
    for (int i = 0; i < s.length(); ) {
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

  private record Segment(int start, int end, boolean wordLike) {}

  private static List<Segment> segments(String text) {
    BreakIterator it = WORDS.get();
    it.setText(text);
    var out = new ArrayList<Segment>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(new Segment(start, end, it.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT));
    }
    return out;
  }
}
