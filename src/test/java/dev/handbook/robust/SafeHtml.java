package dev.handbook.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What "nothing unsafe gets through" means for a piece of published HTML, checked on the parsed tree the way a
 * browser would see it: no element that runs or embeds anything, no event handler or inline style, links only
 * relative or to http, https and mailto, images and other sources only relative (never another host).
 */
final class SafeHtml {
  private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
      "embed", "applet", "svg", "math", "style", "link", "meta", "base", "form", "input", "button", "textarea",
      "select", "audio", "video", "source", "track", "canvas", "portal", "template", "noscript");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "cite",
      "background", "poster", "data", "srcset", "xlink:href", "ping", "longdesc", "manifest");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

  private SafeHtml() {}

  static void assertSafe(Element root) {
    for (Element element : root.getAllElements()) {
      String name = element.normalName();
      assertFalse(FORBIDDEN_ELEMENTS.contains(name), () -> "<" + name + "> published: " + element.outerHtml());
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        assertFalse(key.startsWith("on"), () -> "event handler published: " + element.outerHtml());
        assertFalse(key.equals("style"), () -> "inline style published: " + element.outerHtml());
        if (URL_ATTRIBUTES.contains(key)) {
          assertTrue(allowed(key, attribute.getValue()), () -> "unsafe URL published: " + element.outerHtml());
        }
      }
    }
  }

  /** As a browser reads the URL: spaces and control characters stripped, the scheme compared in lower case. */
  static boolean allowed(String attribute, String value) {
    StringBuilder compact = new StringBuilder();
    value.codePoints().filter(c -> c > 0x20 && c != 0x7F).forEach(compact::appendCodePoint);
    String url = compact.toString().toLowerCase(Locale.ROOT).replace('\\', '/');
    var scheme = SCHEME.matcher(url);
    if (attribute.equals("href")) {
      return !scheme.find() || Set.of("http", "https", "mailto").contains(scheme.group(1));
    }
    return !scheme.find() && !url.startsWith("//");
  }
}
