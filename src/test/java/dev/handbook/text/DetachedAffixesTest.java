package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.text.Tokenizer.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persian affixes written with a space, a half-space (ZWNJ) or nothing give one token; the shared vectors hold the
 * rules, these tests the properties search relies on.
 */
class DetachedAffixesTest {
  private static final String ZWNJ = "\u200C";

  @Test
  void spaceHalfSpaceAndNothingGiveTheSameWholeWord() {
    for (String[] word : new String[][] {{"مهم", "ترین"}, {"درخواست", "ها"}, {"ویژگی", "هایی"}, {"می", "شود"}}) {
      String joined = Tokenizer.words(word[0] + ZWNJ + word[1]).get(0).whole();
      assertEquals(joined, Tokenizer.words(word[0] + word[1]).get(0).whole());
      assertEquals(joined, Tokenizer.words(word[0] + " " + word[1]).get(0).whole());
      assertEquals(1, Tokenizer.words(word[0] + " " + word[1]).size(), String.join(" ", word));
    }
  }

  @Test
  void theWordAnAffixJoinedIsItsPart() {
    assertEquals(List.of(new Word("مهمترین", List.of("مهم")), new Word("ویژگیهایی", List.of("ویژگی"))),
        Tokenizer.words("مهم ترین ویژگی هایی"));
    assertEquals(List.of(new Word("نمیدانم", List.of("دانم"))), Tokenizer.words("نمی دانم"));
    assertEquals(List.of(new Word("میرفتهاند", List.of("رفته"))), Tokenizer.words("می رفته اند"));
  }

  @Test
  void theFastPathAndIcuJoinAlike() {
    String text = "بعضی درخواست ها failed میشه، مهم ترین و ای";
    assertEquals(Tokenizer.icuWords(text), Tokenizer.words(text));
    // U+202F sends the text to ICU, which keeps it inside a word; folding makes it a space, and the pieces join.
    assertEquals(Tokenizer.words(text), Tokenizer.words(text.replace("مهم ترین", "مهم\u202Fترین")));
  }

  @Test
  void otherTextPassesUnchanged() {
    assertEquals(List.of("select_related", "select", "related", "ها", "toi", "uu"),
        Tokenizer.tokens("select_related ها TỐI ƯU"));
    assertEquals(List.of("می"), Tokenizer.tokens("می"));
  }

  @Test
  void persianMeansArabicScriptLettersOnly() {
    assertTrue(DetachedAffixes.isPersian("درخواست"));
    assertTrue(DetachedAffixes.isPersian("کتاب"));
    assertFalse(DetachedAffixes.isPersian("123"));
    assertFalse(DetachedAffixes.isPersian("api"));
    assertFalse(DetachedAffixes.isPersian("فایل_ها"));
    assertFalse(DetachedAffixes.isPersian(""));
  }
}
