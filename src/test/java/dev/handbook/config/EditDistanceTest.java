package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nearest name within a distance, earliest on ties, and none when nothing is near enough. */
class EditDistanceTest {
  @ParameterizedTest(name = "{0} in [{1}] within {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "orms                | orm auth-security                  | 2  | orm",
      "setup-1             | setup setup-2                      | 2  | setup-2",
      "setup-3             | setup-2 setup-4                    | 2  | setup-2",
      "cai-dat-1           | cài-đặt cai-dat-2                  | 2  | cai-dat-2",
      "جنگوی               | جنگو پایتون                        | 2  | جنگو",
      "nosuchtopic         | orm testing                        | 3  | ''",
      "anything            | ''                                 | 99 | ''",
  })
  void closestWithinALimit(String wanted, String candidates, int limit, String expected) {
    List<String> list = candidates.isEmpty() ? List.of() : Arrays.asList(candidates.split(" "));
    assertEquals(expected, EditDistance.closest(wanted, list, limit).orElse(""));
  }

  @ParameterizedTest(name = "{0} in [{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      "cachng      | orm caching-performance rest-api     | caching-performance",
      "security    | orm auth-security testing            | auth-security",
      "api         | orm rest-api                         | rest-api",
      "bo-nho      | truy-van bo-nho-dem                  | bo-nho-dem",
      "xyz         | orm rest-api                         | ''",
      "nosuchtopic | orm caching-performance              | ''",
  })
  void aNameTypedAsOneOfItsWordsFindsTheName(String wanted, String candidates, String expected) {
    assertEquals(expected, EditDistance.closestByWord(wanted, Arrays.asList(candidates.split(" "))).orElse(""));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"orm, 2", "nosuchtopic, 3", "caching-performance, 6"})
  void aMisspellingMayBeAThirdOfTheName(String wanted, int limit) {
    assertEquals(limit, EditDistance.typoLimit(wanted));
  }
}
