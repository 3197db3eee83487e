package dev.handbook.build;

import dev.handbook.config.HandbookConfig;
import dev.handbook.markdown.HtmlText;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml}: every page, and for pages that exist in every language their {@code hreflang}
 * alternates, at absolute addresses under {@code base_url} (the sitemap protocol takes no others).
 */
final class Sitemap {
  private Sitemap() {}

  /**
   * @param languagePages paths below the site root of the pages of one language only, per language
   * @param sharedPages paths below a language folder of pages that exist in every language
   */
  static String write(HandbookConfig config, Map<String, List<String>> languagePages, List<String> sharedPages) {
    String base = config.baseUrl().endsWith("/") ? config.baseUrl() : config.baseUrl() + "/";
    StringBuilder xml = new StringBuilder(64 * 1024);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
        .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    xml.append("  <url><loc>").append(HtmlText.escape(base)).append("</loc></url>\n");
    for (String lang : config.languageCodes()) {
      for (String shared : sharedPages) {
        xml.append("  <url><loc>").append(HtmlText.escape(base + lang + "/" + shared)).append("</loc>");
        for (String other : config.languageCodes()) {
          xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(other).append("\" href=\"")
              .append(HtmlText.escape(base + other + "/" + shared)).append("\"/>");
        }
        xml.append("</url>\n");
      }
      for (String page : languagePages.getOrDefault(lang, List.of())) {
        xml.append("  <url><loc>").append(HtmlText.escape(base + page)).append("</loc></url>\n");
      }
    }
    xml.append("</urlset>\n");
    return xml.toString();
  }
}
