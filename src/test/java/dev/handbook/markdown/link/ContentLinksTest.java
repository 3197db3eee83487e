package dev.handbook.markdown.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resolution and rewriting of links between content files, independent of any file system. */
class ContentLinksTest {
  private static final ContentLinks LINKS = new ContentLinks(List.of(
      LinkTarget.page("en/django-notes.md", "en/django-notes/", List.of("wsgi-protocol", "django-orm-highlights")),
      LinkTarget.page("en/python/generators.md", "en/python/generators/", List.of("yield")),
      LinkTarget.page("fa/django-interview-questions.md", "fa/django-interview-questions/",
          List.of("جنگو", "q-1", "q-1-q")),
      LinkTarget.page("vi/ke-hoach-on-tap.md", "vi/ke-hoach-on-tap/", List.of("on-lai")),
      LinkTarget.file("en/img/diagram.png", "en/img/diagram.png"),
      LinkTarget.file("en", "en/"),
      LinkTarget.page("vi/cai-dat.md", "vi/cai-dat/", List.of("cai-dat", "cai-dat-2", "q-1"))), "../site");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // written in en/django-notes.md, shown on en/django-notes/
      "#wsgi-protocol                                | #wsgi-protocol",
      "django-notes.md#wsgi-protocol                 | #wsgi-protocol",
      "../en/django-notes.md#django-orm-highlights   | #django-orm-highlights",
      "./python/generators.md                        | ../../en/python/generators/index.html",
      "python/generators.md#yield                    | ../../en/python/generators/index.html#yield",
      "../fa/django-interview-questions.md#q-1       | ../../fa/django-interview-questions/index.html#q-1",
      "../fa/django-interview-questions.md#جنگو     | ../../fa/django-interview-questions/index.html#جنگو",
      "../fa/django-interview-questions.md#%D8%AC%D9%86%DA%AF%D9%88 | ../../fa/django-interview-questions/index.html#%D8%AC%D9%86%DA%AF%D9%88",
      "../vi/ke-hoach-on-tap.md?x=1#on-lai           | ../../vi/ke-hoach-on-tap/index.html?x=1#on-lai",
      "img/diagram.png                               | ../../en/img/diagram.png",
      "img/diagram%2Epng                             | ../../en/img/diagram.png",
      "./                                            | ../../en/index.html",
      "https://docs.djangoproject.com/#x             | https://docs.djangoproject.com/#x",
      "mailto:someone@example.org                    | mailto:someone@example.org",
  })
  void rewritesLinksFromAChapter(String written, String published) {
    assertEquals(published, LINKS.href("en/django-notes.md", written, "en/django-notes/"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // the same sources shown on the print page of the language, a different folder
      "#wsgi-protocol                  | ../../en/django-notes/index.html#wsgi-protocol",
      "python/generators.md            | ../../en/python/generators/index.html",
  })
  void rewritesRelativeToTheFolderThatShowsTheLink(String written, String published) {
    assertEquals(published, LINKS.href("en/django-notes.md", written, "en/print/"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "nope.md                             | link-file-missing    | the handbook has no page or file en/nope.md",
      "django-note.md                      | link-file-missing    | did you mean 'django-notes.md'?",
      "python/generator.md                 | link-file-missing    | did you mean 'python/generators.md'?",
      "django-notes.md#wsgi                | link-anchor-missing  | the closest existing anchor is '#wsgi-protocol'",
      "#django-orm                         | link-anchor-missing  | not an anchor of en/django-notes.md",
      "../fa/django-interview-questions.md#q-2 | link-anchor-missing | closest existing anchor is '#q-1'",
      // a near misspelling beats an anchor that merely contains what was written
      "../vi/cai-dat.md#cai-dat-1          | link-anchor-missing  | the closest existing anchor is '#cai-dat-2'",
      "../fa/django-interview-questions.md#جنگوی | link-anchor-missing | the closest existing anchor is '#جنگو'",
      // nothing near: no unrelated suggestion, but where anchors come from
      "django-notes.md#orm-performance     | link-anchor-missing  | the anchors are the heading ids shown by # beside each heading",
      "../../site/en/django-notes/index.html | link-into-site     | instead: 'django-notes.md'",
      "../../README.md                     | link-outside-content | leaves the content folder",
      "../../../etc/passwd                 | link-outside-content | leaves the content folder",
      "/en/django-notes/                   | link-absolute        | relative to this file: 'django-notes.md'",
      "javascript:alert(1)                 | link-unsafe          | 'javascript:' URL is never published",
      "JaVaScRiPt:alert(1)                 | link-unsafe          | 'javascript:' URL is never published",
      "vbscript:msgbox                     | link-unsafe          | 'vbscript:' URL",
      "data:text/html;base64,PHNjcmlwdD4=  | link-unsafe          | 'data:' URL",
      "bad%zzescape.md                     | link-file-missing    | malformed %-escape",
  })
  void reportsBrokenLinksWithAHint(String written, String code, String expectedText) {
    LinkResolution resolution = LINKS.resolve("en/django-notes.md", written);
    LinkResolution.Broken broken = assertInstanceOf(LinkResolution.Broken.class, resolution, written);
    assertEquals(code, broken.code());
    String all = broken.message() + " / " + broken.hint();
    assertTrue(all.contains(expectedText), all);
    assertEquals(written, LINKS.href("en/django-notes.md", written, "en/django-notes/"),
        "a broken link is published as written (the build fails on it anyway)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "img/diagram.svg          | image 'img/diagram.svg': the handbook has no file en/img/diagram.svg"
          + " / did you mean 'img/diagram.png'?",
      "img/lifecycle.svg        | image 'img/lifecycle.svg': the handbook has no file en/img/lifecycle.svg"
          + " / save the image as en/img/lifecycle.svg in the content folder, or correct the path: it is relative"
          + " to this file",
      "../vi/hình/sơ-đồ.png     | image '../vi/hình/sơ-đồ.png': the handbook has no file vi/hình/sơ-đồ.png"
          + " / save the image as vi/hình/sơ-đồ.png in the content folder, or correct the path: it is relative"
          + " to this file",
  })
  void aMissingImageGetsAHintAboutImageFiles(String written, String expected) {
    LinkResolution.Broken broken = assertInstanceOf(LinkResolution.Broken.class,
        LINKS.resolve("en/django-notes.md", written, true), written);
    assertEquals(ContentLinks.FILE_MISSING, broken.code());
    assertEquals(expected, broken.message() + " / " + broken.hint());
  }

  @ParameterizedTest
  @CsvSource({"https://example.org/a.png, true", "//cdn.example.org/a.png, true", "'', false"})
  void externalDestinationsAreLeftAlone(String written, boolean otherHost) {
    LinkResolution.External external = assertInstanceOf(LinkResolution.External.class,
        LINKS.resolve("en/django-notes.md", written));
    assertEquals(otherHost, external.otherHost());
  }
}
