package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** Autoescaping writes exactly what Pebble's own HTML strategy writes, so pages keep their bytes. */
class HtmlEscapingTest {
  private static final List<String> SAMPLES = List.of(
      "",
      "select_related & prefetch_related",
      "<script>alert(\"x\")</script>",
      "O'Reilly's \"Two Scoops\" > docs",
      "Câu hỏi: Django xử lý request như thế nào? <b>",
      "چرخه‌ی درخواست در Django چگونه است؟ & «ORM»",
      "&amp; already escaped &#39;",
      "emoji 🚀 & CJK 漢字 <tag attr='v'>",
      "no special characters at all");

  @Test
  void matchesPebblesHtmlStrategy() {
    HtmlEscaping escaping = new HtmlEscaping();
    for (String sample : SAMPLES) {
      assertEquals(HtmlEscape.escapeHtml4Xml(sample), escaping.escape(sample), sample);
    }
  }

  @Test
  void textWithNothingToEscapeIsNotCopied() {
    String text = "Tối ưu truy vấn ORM với select_related";
    assertSame(text, new HtmlEscaping().escape(text));
  }
}
