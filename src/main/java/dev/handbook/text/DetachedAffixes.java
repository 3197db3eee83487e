package dev.handbook.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Set;

/**
 * Joins Persian inflectional affixes written as words of their own to their word, as the half-space (ZWNJ) form
 * would: Persian writers put a space, a half-space or nothing between {@code مهم} and {@code ترین}, and the three
 * must give one token. Folding drops the ZWNJ, so {@code مهم‌ترین} and {@code مهمترین} are already {@code مهمترین};
 * this class makes {@code مهم ترین} {@code مهمترین} too. {@code search-text.js} does the same in the browser.
 *
 * <p>A word is Persian when every character of its folded form is an Arabic-script letter. Words are adjacent
 * when only white space separates them. A suffix ({@link #SUFFIXES}) joins the adjacent Persian word or group before
 * it, any number in a row ({@code رفته اند}); a prefix ({@link #PREFIXES}) joins the adjacent Persian word after it,
 * and suffixes may follow ({@code می رفته اند}). The word joined must have two letters at least: the one-letter
 * words are particles ({@code و}, "and"), never inflected, and {@code و ای} is two words.
 *
 * <p>The lists hold only affixes too short to be searched on their own, so an affix is not kept as a token; the
 * word it was attached to is kept as the joined word's one part, because the writer wrote it as a word ({@code مهم}
 * finds {@code مهم ترین}) and because a false join ({@code ای} as a vocative) then loses nothing a reader searches
 * for. Compounds without an affix ({@code بهینه سازی}) are left to the query side ({@code search.js}): no short
 * list tells two words from one.
 *
 * <p>Streaming: a Persian word is held until the next word shows whether it joins; any other word passes at once.
 */
final class DetachedAffixes {
  /** Receives each word, as written or joined, in order; {@code parts} is the joined word's stem, else empty. */
  interface Sink {
    void word(String whole, List<String> parts);
  }

  /** Plural, comparative/superlative, possessive and verb-ending suffixes, folded. */
  static final Set<String> SUFFIXES =
      Set.of("ها", "های", "هایی", "تر", "ترین", "ام", "ات", "اش", "ای", "ایم", "اید", "اند");
  /** The continuous and negative verb prefixes, folded. */
  static final Set<String> PREFIXES = Set.of("می", "نمی");

  private final Sink sink;
  /** The Persian word or group held back, or null. */
  private String held;
  /** The written word {@link #held} was built on when something joined it, else null. */
  private String stem;
  /** {@link #held} is a lone prefix waiting for its word. */
  private boolean heldPrefix;

  DetachedAffixes(Sink sink) {
    this.sink = sink;
  }

  /** The next folded word; {@code adjacent} when only white space lies between it and the word before. */
  void accept(String word, boolean adjacent) {
    if (!isPersian(word)) {
      flush();
      sink.word(word, List.of());
      return;
    }
    if (held != null && adjacent) {
      if (heldPrefix && word.length() >= 2) {
        held += word;
        stem = word;
        heldPrefix = false;
        return;
      }
      if (held.length() >= 2 && SUFFIXES.contains(word)) {
        if (stem == null) {
          stem = held;
        }
        held += word;
        return;
      }
    }
    flush();
    held = word;
    heldPrefix = PREFIXES.contains(word);
  }

  /** Emits the held word; call at the end of the text. */
  void flush() {
    if (held != null) {
      sink.word(held, stem == null ? List.of() : List.of(stem));
      held = null;
      stem = null;
      heldPrefix = false;
    }
  }

  /** Every code point an Arabic-script letter (folded text: no harakat, tatweel or ZWNJ left). */
  static boolean isPersian(String word) {
    if (word.isEmpty() || word.charAt(0) < 0x0600) {
      return false; // most words of English and Vietnamese text: decided by the first character
    }
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (!UCharacter.isLetter(cp) || UScript.getScript(cp) != UScript.ARABIC) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
