package dev.handbook.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.MarkdownFacade;
import dev.handbook.markdown.RenderHints;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a Persian page a run of Latin text is isolated left-to-right. The run keeps the dots, dashes and slashes
 * between its words but not one after its last word: a sentence's period, comma or hyphen right after a Latin
 * word belongs to the Persian sentence and must be drawn at its end, not between the word and the Persian.
 */
class LatinRunTest {
  private static final MarkdownFacade MARKDOWN = new MarkdownFacade();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      خروجی متد filter یک QuerySet.                   | <p>خروجی متد <bdi dir="ltr">filter</bdi> یک <bdi dir="ltr">QuerySet</bdi>.</p>
      برای کش از Redis, Memcached یا دیتابیس.          | <p>برای کش از <bdi dir="ltr">Redis</bdi>, <bdi dir="ltr">Memcached</bdi> یا دیتابیس.</p>
      اول Redis، بعد دیتابیس.                         | <p>اول <bdi dir="ltr">Redis</bdi>، بعد دیتابیس.</p>
      فرق null و blank در Django؟                      | <p>فرق <bdi dir="ltr">null</bdi> و <bdi dir="ltr">blank</bdi> در <bdi dir="ltr">Django</bdi>؟</p>
      کاربر جاری در request.user است.                 | <p>کاربر جاری در <bdi dir="ltr">request.user</bdi> است.</p>
      برای کلید خارجی از select_related استفاده کنید.  | <p>برای کلید خارجی از <bdi dir="ltr">select_related</bdi> استفاده کنید.</p>
      زبان‌های C++ و C# کامپایل می‌شوند.               | <p>زبان‌های <bdi dir="ltr">C++</bdi> و <bdi dir="ltr">C#</bdi> کامپایل می‌شوند.</p>
      این کتابخانه با C++.                            | <p>این کتابخانه با <bdi dir="ltr">C++</bdi>.</p>
      جواب: C#.                                       | <p>جواب: <bdi dir="ltr">C#</bdi>.</p>
      دستور django-admin پروژه را می‌سازد.             | <p>دستور <bdi dir="ltr">django-admin</bdi> پروژه را می‌سازد.</p>
      پیشوند django- را حذف کنید.                     | <p>پیشوند <bdi dir="ltr">django</bdi>- را حذف کنید.</p>
      مرورگر با HTTP/2 درخواست می‌فرستد.               | <p>مرورگر با <bdi dir="ltr">HTTP/2</bdi> درخواست می‌فرستد.</p>
      پوشهٔ templates/ را بسازید.                      | <p>پوشهٔ <bdi dir="ltr">templates</bdi>/ را بسازید.</p>
      نسخهٔ پیشنهادی Python 3.12.                      | <p>نسخهٔ پیشنهادی <bdi dir="ltr">Python 3.12</bdi>.</p>
      در ASP.NET و Node.js هم همین است.               | <p>در <bdi dir="ltr">ASP.NET</bdi> و <bdi dir="ltr">Node.js</bdi> هم همین است.</p>
      برای API از Django REST framework استفاده کنید. | <p>برای <bdi dir="ltr">API</bdi> از <bdi dir="ltr">Django REST framework</bdi> استفاده کنید.</p>
      """)
  void aLatinRunEndsOnItsLastWord(String source, String expected) {
    assertEquals(expected, render(source));
  }

  private static String render(String body) {
    var document = MARKDOWN.parse(body + "\n", new DocumentContext("page.md", 0, "fa", new Diagnostics()));
    return MARKDOWN.render(document, new RenderHints("fa", true, Map.of(), Map.of(), "", s -> s, s -> s, ""))
        .strip();
  }
}
