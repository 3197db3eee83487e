package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "'Django  là\\tmột\\n\\nframework'       | 100 | 'Django là một framework'",
      "'  جنگو   یک\\vفریم‌ورک است  '   | 100 | ' جنگو یک فریم‌ورک است '",
      "'Câu hỏi phỏng vấn'                  | 6   | 'Câu hỏ'",
      "'one   two'                          | 4   | 'one '",
      "'one   two'                          | 3   | 'one'",
      "'\\r\\n'                               | 10  | ' '",
      "''                                   | 10  | ''",
      "'no-break\u00A0space stays'          | 100 | 'no-break\u00A0space stays'",
  })
  void collapsesAsciiWhiteSpaceRuns(String text, int limit, String expected) {
    String controls = text.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\v", "\u000B");
    assertEquals(expected, Whitespace.collapse(controls, limit));
  }

  @Test
  void agreesWithTheRegularExpressionItReplaces() {
    var random = new Random(7);
    String alphabet = " \t\n\u000B\f\rae\u1EA1\u0645\u06CC\u200C\u00A0";
    for (int n = 0; n < 5_000; n++) {
      var text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int limit = random.nextInt(45);
      String collapsed = text.toString().replaceAll("\\s+", " ");
      String expected = collapsed.substring(0, Math.min(limit, collapsed.length()));
      assertEquals(expected, Whitespace.collapse(text.toString(), limit), () -> "text: " + text + ", limit " + limit);
    }
  }
}
