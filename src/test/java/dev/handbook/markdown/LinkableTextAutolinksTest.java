package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filtered autolinks find exactly what flexmark's autolink extension finds. */
class LinkableTextAutolinksTest {
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
  private static final Parser FLEXMARK = parser(AutolinkExtension.create());
  private static final Parser FILTERED = parser(LinkableTextAutolinks.create());

  @ParameterizedTest
  @ValueSource(strings = {
      "Read https://docs.djangoproject.com/en/5.0/ first.",
      "Or www.example.com, or WWW.EXAMPLE.COM, or Www.Example.com.",
      "Mail admin@example.com or mailto:admin@example.com.",
      "An entity: http&#58;//example.com and &#119;ww.example.com.",
      "Escapes: https:\\/\\/example.com and www\\.example.com.",
      "ftp://files.example.com/a.txt and file:///etc/hosts and custom+scheme://x.",
      "Not links: w w w. wwwx www, http: //x, a @ b, select_related(), N+1.",
      "Vietnamese: Xem tài liệu tại https://vi.wikipedia.org/wiki/Django nhé.",
      "Persian: مستندات را در https://docs.djangoproject.com ببینید.",
      "`https://in.code/span` and <https://angle.example> and [text](https://x.y).",
      "*emphasis https://x.y/z* and **strong www.x.y**",
      "Two in one: https://a.example/x and www.b.example, then c@d.example.",
      "[a link with https://inside.example in its text](https://x.y) and after it www.after.example",
      "- item https://one.example\n- item two www.two.example\n  - nested a@b.example",
      "> quoted https://quote.example\n>\n> second paragraph www.q.example",
      "| col | link |\n| --- | --- |\n| a | https://cell.example |\n| www.b.example | c@d.example |",
      "Line one https://one.example\nline two https://two.example  \nline three",
      "Trang chủ: https://vi.example/trang-chủ và www.ví-dụ.vn; تماس: info@example.ir",
  })
  void findsTheSameLinksAsTheAutolinkExtension(String markdown) {
    assertEquals(RENDERER.render(FLEXMARK.parse(markdown)), RENDERER.render(FILTERED.parse(markdown)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain words", "không có liên kết", "بدون پیوند", "wow", "a:b/c", "ww.w"})
  void textThatCannotHoldALinkIsNotAsked(String text) {
    assertEquals(false, LinkableTextAutolinks.mayHoldLink(text));
  }

  private static Parser parser(Extension autolinks) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(autolinks));
    return Parser.builder(options).build();
  }
}
