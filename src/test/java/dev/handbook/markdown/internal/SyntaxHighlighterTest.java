package dev.handbook.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SyntaxHighlighterTest {
  /** The code a reader sees and copies: the highlighted HTML without its tags, unescaped. */
  private static String text(String html) {
    return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      python | def f(x):\\n    \"\"\"Doc\\n    string\"\"\"\\n    return x + 1  # add one\\n | <span class="hl-k">def</span> | <span class="hl-c"># add one</span>
      bash   | for f in *.py; do echo "$f" # loop\\ndone\\n                              | <span class="hl-k">for</span> | <span class="hl-c"># loop</span>
      sql    | SELECT id FROM book WHERE price > 10; -- cheap\\n                            | <span class="hl-k">SELECT</span> | <span class="hl-c">-- cheap</span>
      json   | {"title": "Django", "pages": 42, "ok": true}\\n                             | <span class="hl-s">&quot;Django&quot;</span> | <span class="hl-n">42</span>
      html   | <!-- note -->\\n<a href="/x" class='y'>a &amp; b</a>\\n                      | <span class="hl-c">&lt;!-- note --&gt;</span> | <span class="hl-a">href</span>
      """)
  void highlightsKeepTheCodeExactlyAndMarkItsParts(String language, String source, String first, String second) {
    String code = source.strip().replace("\\n", "\n") + "\n";
    String html = SyntaxHighlighter.highlight(language, code);
    assertEquals(code, text(html), "the text must survive highlighting unchanged");
    assertTrue(html.contains(first.strip()), () -> html);
    assertTrue(html.contains(second.strip()), () -> html);
    assertFalse(html.matches("(?s).*<(?!/?span)[a-z!].*"), () -> "only spans may be added: " + html);
  }

  @Test
  void multiLineStringsAndCommentsCarryOverLines() {
    String html = SyntaxHighlighter.highlight("python", "x = \"\"\"one\ntwo\"\"\"\ny = 1\n");
    assertTrue(html.contains("<span class=\"hl-s\">two&quot;&quot;&quot;</span>"), html);
    assertTrue(html.contains("y = <span class=\"hl-n\">1</span>"), html);
  }

  @Test
  void unknownLanguagesAreEscapedText() {
    assertEquals("&lt;b&gt; &amp; x", SyntaxHighlighter.highlight("brainfudge", "<b> & x"));
    assertEquals("plain", SyntaxHighlighter.highlight("", "plain"));
  }

  @Test
  void fenceNamesAreCaseInsensitiveAndHaveAliases() {
    assertEquals(SyntaxHighlighter.highlight("python", "import os\n"), SyntaxHighlighter.highlight("PY", "import os\n"));
    assertEquals(SyntaxHighlighter.highlight("bash", "ls -l\n"), SyntaxHighlighter.highlight("sh", "ls -l\n"));
  }

  @Test
  void dotsBetweenNamesAreNotNumbers() {
    String html = SyntaxHighlighter.highlight("sql", "SELECT book.id FROM book;\n");
    assertTrue(html.contains("book.id"), html);
  }
}
