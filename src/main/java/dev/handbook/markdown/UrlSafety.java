package dev.handbook.markdown;

import java.util.Locale;
import java.util.Set;

/** Which link and image destinations may reach a reader's browser. */
public final class UrlSafety {
  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

  private UrlSafety() {}

  /** True for relative URLs, fragments and the allowed schemes; false for javascript:, data:, vbscript: ... */
  public static boolean allowed(String url) {
    String compact = url.strip().replaceAll("[\\s\\u0000-\\u001F]", "");
    int colon = compact.indexOf(':');
    if (colon < 0) {
      return true;
    }
    int slash = compact.indexOf('/');
    int question = compact.indexOf('?');
    int hash = compact.indexOf('#');
    boolean colonInPath = (slash >= 0 && slash < colon) || (question >= 0 && question < colon)
        || (hash >= 0 && hash < colon);
    if (colonInPath) {
      return true;
    }
    return ALLOWED_SCHEMES.contains(compact.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  /** True when the URL names another host (http:, https:, protocol-relative, mailto:). */
  public static boolean external(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")
        || lower.startsWith("mailto:");
  }
}
