package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollationAndNumbersTest {
  @Test
  void vietnameseOrder() {
    var words = new ArrayList<>(List.of("Em", "Đi", "Dê", "Ê", "E", "Anh", "Ăn", "Ân", "Bò"));
    words.sort(Collation.forLanguage("vi"));
    assertEquals(List.of("Anh", "Ăn", "Ân", "Bò", "Dê", "Đi", "E", "Em", "Ê"), words);
  }

  @Test
  void persianOrder() {
    var words = new ArrayList<>(List.of("ژاله", "زبان", "گربه", "کتاب", "پدر", "بابا", "چای", "جنگو"));
    words.sort(Collation.forLanguage("fa"));
    assertEquals(List.of("بابا", "پدر", "جنگو", "چای", "زبان", "ژاله", "کتاب", "گربه"), words);
  }

  @Test
  void equalUnderCollationStillDeterministic() {
    var a = new ArrayList<>(List.of("b", "a", "A"));
    var b = new ArrayList<>(List.of("A", "a", "b"));
    a.sort(Collation.forLanguage("en"));
    b.sort(Collation.forLanguage("en"));
    assertEquals(a, b);
  }

  @ParameterizedTest
  @CsvSource({
      "0, fa, ۰", "7, fa, ۷", "42, fa, ۴۲", "1234, fa, ۱۲۳۴", "12345, fa, ۱۲٬۳۴۵",
      "42, vi, 42", "1234, vi, 1234", "12345, vi, 12.345",
      "42, en, 42", "1234, en, 1234", "12345, en, '12,345'"})
  void localizedNumbers(long n, String lang, String expected) {
    assertEquals(expected, LocalizedNumbers.format(n, lang));
  }
}
