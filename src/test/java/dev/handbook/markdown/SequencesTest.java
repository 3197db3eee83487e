package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.api.Test;

class SequencesTest {
  private static final String PAGE = """
      # Mô hình *ORM* trong Django

      Truy vấn `QuerySet` được \\*lười\\* &amp; chỉ chạy khi cần.

      ## پرسش‌ها و پاسخ‌ها

      - جنگو یک [فریم‌ورک](https://www.djangoproject.com/ "وب") است
      - Câu hỏi: `select_related()` khác gì `prefetch_related()`?
      """;

  @Test
  void everyNodesTextIsWhatFlexmarkWouldGive() {
    Node document = Parser.builder().build().parse(PAGE);
    int nodes = 0;
    for (Node node : document.getDescendants()) {
      BasedSequence chars = node.getChars();
      assertEquals(chars.toString(), Sequences.string(chars), node.toString());
      assertEquals(chars.unescape(), Sequences.unescaped(chars), node.toString());
      nodes++;
    }
    assertTrue(nodes > 20, "the page has headings, emphasis, code, links and list items");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "không có gì", "بدون نویسه‌ی ویژه", "a \\* b",
      "AT&amp;T", "&#119;ww", "& alone", "\\", "tab\\\ttab", "&nbsp;&copy;&unknown;"})
  void unescapesLikeFlexmark(String text) {
    assertEquals(com.vladsch.flexmark.util.sequence.Escaping.unescapeString(text), Sequences.unescaped(text));
  }

  @Test
  void aSequenceThatIsNoPlainSliceIsCopiedAsFlexmarkDoes() {
    BasedSequence slice = BasedSequence.of("Trả lời: có").subSequence(9);
    BasedSequence prefixed = PrefixedSubSequence.prefixOf("پاسخ: ", slice);
    assertEquals("پاسخ: có", Sequences.string(prefixed));
    assertEquals("có", Sequences.string(slice));
  }
}
