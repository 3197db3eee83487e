package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The Java folding and tokenizing against the shared vectors (the browser runs the same file). */
class FoldingVectorsTest {
  private static JsonNode vectors() throws IOException {
    try (InputStream in = FoldingVectorsTest.class.getResourceAsStream("/text/folding-vectors.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyVector() throws IOException {
    var tests = new ArrayList<DynamicTest>();
    int i = 0;
    for (JsonNode c : vectors().get("cases")) {
      int index = i++;
      if (c.has("fold")) {
        String input = c.get("fold").asText();
        tests.add(DynamicTest.dynamicTest("fold #" + index + " " + input,
            () -> assertEquals(c.get("expected").asText(), SearchFolding.fold(input))));
      } else {
        String input = c.get("input").asText();
        var expected = new ArrayList<String>();
        c.get("tokens").forEach(t -> expected.add(t.asText()));
        tests.add(DynamicTest.dynamicTest("tokens #" + index + " " + c.path("note").asText(),
            () -> assertEquals(expected, Tokenizer.tokens(input), input)));
      }
    }
    return tests.stream();
  }

  @Test
  void vectorsCoverTheRequiredCases() throws IOException {
    var inputs = new ArrayList<String>();
    vectors().get("cases").forEach(c -> inputs.add(c.path("input").asText(c.path("fold").asText())));
    for (String required : List.of("Tối ưu truy vấn", "ĐẶT CÂU HỎI", "می‌شود", "select_related",
        "request.user", "N+1 query", "Middleware رو توی settings.py اضافه کن")) {
      assertTrue(inputs.contains(required), "missing vector " + required);
    }
  }

  @Test
  void wordsKeepIdentifierPartsTogether() {
    assertEquals(List.of(new Tokenizer.Word("select_related", List.of("select", "related")),
            new Tokenizer.Word("ok", List.of())),
        Tokenizer.words("select_related ok"));
  }
}
