package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Câu hỏi về ORM             | \"Câu hỏi về ORM\"",
      "پرسش \"مهم\"                | \"پرسش \\\"مهم\\\"\"",
      "C:\\path                    | \"C:\\\\path\"",
      "`line\u2028sep`             | \"line\\u2028sep\"",
  })
  void writesStringsAsJavaScriptReadsThem(String text, String json) {
    assertEquals(json, Json.string(text));
  }

  @Test
  void escapesControlCharactersLikeTheCharacterByCharacterWriter() {
    var random = new Random(5);
    String alphabet = "\"\\\n\r\t\u0001\u001F\u2028\u2029aơ\u0645 ";
    for (int n = 0; n < 5_000; n++) {
      var text = new StringBuilder();
      for (int i = random.nextInt(25); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(reference(text.toString()), Json.string(text.toString()));
    }
  }

  private static String reference(String s) {
    var out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 || c == '\u2028' || c == '\u2029'
            ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
