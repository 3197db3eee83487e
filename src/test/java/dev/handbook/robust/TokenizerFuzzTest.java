package dev.handbook.robust;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import dev.handbook.text.Tokenizer;
import java.util.List;
import java.util.Set;

/**
 * The search tokenizer on arbitrary text (any script, marks, invisibles, identifiers): it never fails, gives the
 * same tokens every time, and every token is a non-empty run without spaces that holds a letter or a number.
 *
 * <p>Plain {@code mvn test} replays the seeds in {@code TokenizerFuzzTestInputs/tokens/}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='TokenizerFuzzTest#tokens' -Djazzer.max_duration=60s}.
 */
class TokenizerFuzzTest {
  private static final Set<Integer> NUMBERS = Set.of((int) UCharacterCategory.DECIMAL_DIGIT_NUMBER,
      (int) UCharacterCategory.LETTER_NUMBER, (int) UCharacterCategory.OTHER_NUMBER);

  @FuzzTest(maxDuration = "60s")
  void tokens(byte[] input) {
    String text = new String(input, UTF_8);
    List<String> tokens = Tokenizer.tokens(text);
    assertEquals(tokens, Tokenizer.tokens(text), "deterministic");
    for (String token : tokens) {
      assertTrue(!token.isEmpty() && token.codePoints().noneMatch(UCharacter::isUWhiteSpace), () -> "[" + token + "]");
      assertTrue(token.codePoints().anyMatch(cp -> UCharacter.isLetter(cp) || NUMBERS.contains(UCharacter.getType(cp))),
          () -> "[" + token + "]");
    }
  }
}
