package dev.handbook.robust;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.handbook.markdown.UrlSafety;
import dev.handbook.markdown.link.ContentLinks;
import dev.handbook.markdown.link.LinkResolution;
import dev.handbook.markdown.link.LinkTarget;
import java.util.Arrays;
import java.util.List;

/**
 * The link rewriter ({@link ContentLinks}) and the scheme check behind it ({@link UrlSafety}) on arbitrary
 * destinations written in pages of a small three-language handbook: nothing throws; an unsafe scheme is always a
 * broken link; what is published for a link the check lets through is a URL a browser treats as safe; and a link
 * to a handbook file is rewritten into a relative URL that stays inside the site.
 *
 * <p>Plain {@code mvn test} replays the seeds in {@code LinkRewriterFuzzTestInputs/<method>/}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='LinkRewriterFuzzTest#resolveAndRewrite' -Djazzer.max_duration=60s}.
 */
class LinkRewriterFuzzTest {
  /** Pages (content path, published folder) a link may be written in. */
  private static final String[][] FROM = {
      {"en/django-notes.md", "en/django-notes/"}, {"en/guide/setup.md", "en/guide/setup/"},
      {"vi/on-tap.md", "vi/on-tap/"}, {"fa/پرسش-ها.md", "fa/پرسش-ها/"}};
  private static final ContentLinks LINKS = new ContentLinks(List.of(
      LinkTarget.page("en/django-notes.md", "en/django-notes/", List.of("the-orm", "q-what-is-caching")),
      LinkTarget.page("en/guide/setup.md", "en/guide/setup/", List.of("install")),
      LinkTarget.page("vi/on-tap.md", "vi/on-tap/", List.of("gioi-thieu")),
      LinkTarget.page("fa/پرسش-ها.md", "fa/پرسش-ها/", List.of("مقدمه")),
      LinkTarget.file("en/img/diagram.png", "en/img/diagram.png"),
      LinkTarget.file("en", "en/"), LinkTarget.file("vi", "vi/"), LinkTarget.file("fa", "fa/")), "../site");

  @FuzzTest(maxDuration = "60s")
  void resolveAndRewrite(byte[] input) {
    String[] from = FROM[input.length == 0 ? 0 : (input[0] & 0xFF) % FROM.length];
    String destination = new String(input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length), UTF_8);
    LinkResolution resolution = LINKS.resolve(from[0], destination);
    if (!destination.isBlank() && !UrlSafety.allowed(destination.strip())) {
      assertTrue(resolution instanceof LinkResolution.Broken b && b.code().equals(ContentLinks.UNSAFE),
          () -> destination + " -> " + resolution);
    }
    String href = LINKS.href(from[0], destination, from[1]);
    if (resolution instanceof LinkResolution.Internal) {
      assertTrue(SafeHtml.allowed("src", href), () -> "not relative: " + href);
      assertFalse(leavesSite(from[1], href), () -> destination + " -> " + href + " leaves the site");
    } else {
      assertEquals(destination, href, "only handbook links are rewritten");
    }
    if (!(resolution instanceof LinkResolution.Broken)) {
      assertTrue(SafeHtml.allowed("href", href), () -> "unsafe URL published: " + href);
    }
  }

  /** Whatever UrlSafety lets through, a browser reads as relative or http, https or mailto. */
  @FuzzTest(maxDuration = "60s")
  void urlSafetyAgreesWithTheBrowser(byte[] input) {
    String url = new String(input, UTF_8);
    if (UrlSafety.allowed(url)) {
      assertTrue(SafeHtml.allowed("href", url), () -> "allowed but unsafe: " + url);
    }
  }

  /** Whether the path of {@code href}, followed from the page folder {@code folder}, climbs above the site root. */
  private static boolean leavesSite(String folder, String href) {
    String path = href.split("[?#]", 2)[0];
    int depth = folder.split("/").length;
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        depth--;
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }
}
