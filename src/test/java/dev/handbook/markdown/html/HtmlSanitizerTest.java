package dev.handbook.markdown.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlSanitizerTest {
  private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

  static Stream<Arguments> payloads() {
    return Stream.of(
        // input, expected output, what is reported (Removal.message())
        Arguments.of("<script>alert(1)</script>", "", List.of("removed <script> from raw HTML")),
        Arguments.of("a<SCRIPT SRC=//evil.example/x.js></SCRIPT>b", "ab", List.of("removed <script> from raw HTML")),
        Arguments.of("<script>document.write('</scr'+'ipt>')</script>x", "x",
            List.of("removed <script> from raw HTML")),
        Arguments.of("<img src=x onerror=alert(1)>", "<img src=\"x\">",
            List.of("removed attribute 'onerror' of <img> from raw HTML")),
        Arguments.of("<img src=\"a.png\" alt=\"a\" ONLOAD=\"x()\" style=\"width:1px\">", "<img src=\"a.png\" alt=\"a\">",
            List.of("removed attribute 'onload' of <img> from raw HTML",
                "removed attribute 'style' of <img> from raw HTML")),
        Arguments.of("<iframe src=\"https://evil.example\"></iframe>after", "after", List.of("removed <iframe> from raw HTML")),
        Arguments.of("<iframe src=javascript:alert(1)>", "", List.of("removed <iframe> from raw HTML")),
        Arguments.of("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>",
            List.of("removed unsafe URL 'javascript:alert(1)' in <a href> from raw HTML")),
        Arguments.of("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>",
            List.of("removed unsafe URL 'JaVaScRiPt:alert(1)' in <a href> from raw HTML")),
        Arguments.of("<a href=\"&#106;avascript:alert(1)\">x</a>", "<a>x</a>",
            List.of("removed unsafe URL 'javascript:alert(1)' in <a href> from raw HTML")),
        Arguments.of("<a href=\"java&#x09;script:alert(1)\">x</a>", "<a>x</a>",
            List.of("removed unsafe URL 'javascript:alert(1)' in <a href> from raw HTML")),
        Arguments.of("<a href=\"java\tscript:alert(1)\">x</a>", "<a>x</a>",
            List.of("removed unsafe URL 'javascript:alert(1)' in <a href> from raw HTML")),
        Arguments.of("<a href=\" \njavascript:alert(1)\">x</a>", "<a>x</a>",
            List.of("removed unsafe URL ' javascript:alert(1)' in <a href> from raw HTML")),
        Arguments.of("<a href=\"javascript&colon;alert(1)\">x</a>", "<a>x</a>",
            List.of("removed unsafe URL 'javascript:alert(1)' in <a href> from raw HTML")),
        Arguments.of("<a href=\"vbscript:msgbox(1)\">v</a>", "<a>v</a>",
            List.of("removed unsafe URL 'vbscript:msgbox(1)' in <a href> from raw HTML")),
        Arguments.of("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a>", "<a>d</a>",
            List.of("removed unsafe URL 'data:text/html;base64,PHNjcmlwdD4=' in <a href> from raw HTML")),
        Arguments.of("<img src=\"data:image/svg+xml;base64,AAAA\" alt=\"i\">", "",
            List.of("removed unsafe URL 'data:image/svg+xml;base64,AAAA' in <img src> from raw HTML")),
        Arguments.of("<img src=\"mailto:a@b.example\">", "",
            List.of("removed unsafe URL 'mailto:a@b.example' in <img src> from raw HTML")),
        Arguments.of("<img alt=\"no source\">", "", List.of("removed <img> from raw HTML")),
        Arguments.of("<svg onload=alert(1)><circle/></svg>ok", "ok", List.of("removed <svg> from raw HTML")),
        Arguments.of("<style>body{display:none}</style>", "", List.of("removed <style> from raw HTML")),
        Arguments.of("<div style=\"background:url(javascript:alert(1))\">x</div>", "<div>x</div>",
            List.of("removed attribute 'style' of <div> from raw HTML")),
        Arguments.of("<form action=\"https://evil.example\"><input name=q><button>go</button></form>", "go",
            List.of("removed <form> from raw HTML", "removed <input> from raw HTML", "removed <button> from raw HTML")),
        Arguments.of("<object data=\"x.swf\"><param name=a></object><embed src=\"x.swf\">", "",
            List.of("removed <object> from raw HTML", "removed <embed> from raw HTML")),
        Arguments.of("<math><mi>x</mi></math>", "", List.of("removed <math> from raw HTML")),
        Arguments.of("<noscript><img src=x onerror=alert(1)></noscript>", "", List.of("removed <noscript> from raw HTML")),
        Arguments.of("<a href=\"#x\" target=\"_blank\" onclick=\"evil()\">x</a>", "<a href=\"#x\">x</a>",
            List.of("removed attribute 'target' of <a> from raw HTML", "removed attribute 'onclick' of <a> from raw HTML")),
        Arguments.of("<a title='x\" onclick=\"alert(1)'>t</a>", "<a title=\"x&quot; onclick=&quot;alert(1)\">t</a>", List.of()),
        Arguments.of("<img src=x onerror=alert(1)//", "&lt;img src=x onerror=alert(1)//", List.of()),
        Arguments.of("<!DOCTYPE html><?php echo 1 ?><![CDATA[x]]>", "",
            List.of("removed <!DOCTYPE> from raw HTML", "removed <?...?> from raw HTML",
                "removed <![CDATA[...]]> from raw HTML")),
        Arguments.of("<p dir=\"rtl\" lang=\"fa\" dir=\"ltr\">سلام</p>", "<p dir=\"rtl\" lang=\"fa\">سلام</p>", List.of()),
        Arguments.of("<span dir=\"sideways\" class=\"a b\">x</span>", "<span class=\"a b\">x</span>",
            List.of("removed attribute 'dir' of <span> from raw HTML")),
        Arguments.of("<base href=\"https://evil.example/\"><meta http-equiv=refresh content=0><link rel=stylesheet href=x>", "",
            List.of("removed <base> from raw HTML", "removed <meta> from raw HTML", "removed <link> from raw HTML")));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void removesUnsafeMarkup(String input, String expected, List<String> reported) {
    SanitizeResult r = SANITIZER.sanitizeBlock(input);
    assertEquals(expected, r.html());
    assertEquals(reported, r.removed().stream().map(Removal::message).toList());
    assertSafe(r.html());
  }

  static Stream<Arguments> kept() {
    return Stream.of(
        Arguments.of("<a href=\"https://docs.djangoproject.com/\" title=\"Docs\">Docs</a>"),
        Arguments.of("<a href=\"../topics/orm/#select-related\">rel</a>"),
        Arguments.of("<a href=\"mailto:a@example.com\">mail</a>"),
        Arguments.of("<a href=\"#frag\">frag</a>"),
        Arguments.of("<img src=\"img/a.png\" alt=\"a\" title=\"t\" width=\"10\" height=\"20\">"),
        Arguments.of("<details open>\n<summary>More</summary>"),
        Arguments.of("</details>"),
        Arguments.of("<kbd>Ctrl</kbd>+<kbd>C</kbd> <mark>m</mark> <abbr title=\"Object Relational Mapper\">ORM</abbr>"),
        Arguments.of("<table>\n<tr><th colspan=\"2\">h</th></tr>\n<tr><td>a</td><td rowspan=\"1\">b</td></tr>\n</table>"),
        Arguments.of("<ul><li>x</li></ul><ol start=\"3\"><li>y</li></ol>"),
        Arguments.of("<pre><code class=\"language-python\">a &lt; b &amp;&amp; c</code></pre>"),
        Arguments.of("<blockquote><p>q</p></blockquote><br><hr><sub>1</sub><sup>2</sup><del>d</del>"),
        Arguments.of("<div class=\"note\">جنگو و ORM</div>"),
        Arguments.of("Tiếng Việt &copy; &#169; &#xA9;"));
  }

  @ParameterizedTest
  @MethodSource("kept")
  void keepsSafeMarkupAsWritten(String input) {
    SanitizeResult r = SANITIZER.sanitizeBlock(input);
    assertEquals(input, r.html());
    assertFalse(r.changed());
  }

  @Test
  void unbalancedFragmentsStayUnbalanced() {
    assertEquals("<details>\n<summary>x</summary>\n", SANITIZER.sanitizeBlock("<details>\n<summary>x</summary>\n").html());
    assertEquals("</div>", SANITIZER.sanitizeBlock("</div>").html());
    assertEquals("", SANITIZER.sanitizeBlock("</script>").html());
  }

  @Test
  void textIsEscapedButEntitiesKept() {
    assertEquals("a &lt; b &amp; c &gt; d &amp;amp; &amp;nbsp", SANITIZER.sanitizeBlock("a < b & c > d &amp;amp; &nbsp").html());
    assertEquals("&lt;&lt;x", SANITIZER.sanitizeBlock("<<x").html());
  }

  @Test
  void commentsAreDroppedSilently() {
    SanitizeResult r = SANITIZER.sanitizeBlock("a<!-- x -->b<!-->c<!-- unterminated");
    assertEquals("abc", r.html());
    assertFalse(r.changed());
  }

  @Test
  void breakLineDivsBecomeSeparators() {
    assertEquals("<hr class=\"break-line\">\n<p>x</p><hr class=\"break-line section\"><hr class=\"break-line end\">",
        SANITIZER.sanitizeBlock("<div class=\"break-line\"></div>\n<p>x</p><div class=\"break-line section\"> </div>"
            + "<DIV class='break-line end'></DIV>").html());
    // not empty: an ordinary div
    assertEquals("<div class=\"break-line\">x</div>", SANITIZER.sanitizeBlock("<div class=\"break-line\">x</div>").html());
  }

  @Test
  void removalOffsetsPointAtTheTag() {
    SanitizeResult r = SANITIZER.sanitizeBlock("<p>ok</p>\n<script>x</script>");
    assertEquals(10, r.removed().get(0).offset());
  }

  @Test
  void hostileInputStaysLinear() {
    String many = "<a b c d e f g h i j k l m n o p ".repeat(20_000);
    String lts = "<".repeat(200_000);
    String open = "<div><div>".repeat(50_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      SANITIZER.sanitizeBlock(many);
      assertEquals("&lt;".repeat(200_000), SANITIZER.sanitizeBlock(lts).html());
      SANITIZER.sanitizeBlock(open);
      SANITIZER.sanitizeBlock("<svg>".repeat(20_000) + "x");
    });
  }

  @Test
  void safelistIsExplicitAndExcludesActiveContent() {
    Safelist s = SANITIZER.safelist();
    for (String tag : List.of("script", "style", "iframe", "object", "embed", "form", "input", "svg", "math")) {
      assertFalse(s.isSafeTag(tag), tag);
    }
    for (String tag : List.of("h2", "p", "ul", "table", "td", "a", "img", "code", "pre", "details", "summary", "kbd")) {
      assertTrue(s.isSafeTag(tag), tag);
    }
  }

  /** What a browser would build from the output: only allow-listed elements, no handlers, no active URLs. */
  static void assertSafe(String html) {
    Safelist allowed = HtmlSanitizer.defaultSafelist();
    for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (el.tagName().equals("body")) {
        continue;
      }
      assertTrue(allowed.isSafeTag(el.tagName()), () -> "element " + el.tagName() + " in " + html);
      for (Attribute a : el.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertFalse(key.startsWith("on") || key.equals("style"), () -> "attribute " + key + " in " + html);
        String value = a.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
            () -> "URL " + value + " in " + html);
      }
    }
  }
}
