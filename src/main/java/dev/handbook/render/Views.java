package dev.handbook.render;

import java.util.List;

/** The plain data templates receive. Templates read these and never query anything else. */
public final class Views {
  private Views() {}

  /** A link to show: text, URL relative to the current page, and whether it is the current page. */
  public record Link(String title, String href, boolean current) {}

  /** One entry of the language switcher. */
  public record LanguageLink(String code, String name, String dir, String href, boolean current) {}

  /** A {@code <link rel="alternate" hreflang>}. */
  public record Alternate(String hreflang, String href) {}

  /** One entry of a table of contents. */
  public record TocEntry(int level, String id, String text) {}

  /**
   * What every page's layout shows.
   *
   * @param kind chapter, home, root, topics, topic, search, print, help, 404
   * @param documentTitle the {@code <title>}
   * @param pageTitle the visible h1
   * @param assetsHref relative URL of the assets folder, ending in '/'
   * @param chapters side navigation of the language's chapters
   * @param topics side navigation of the topics, in topic order
   * @param breadcrumbs from the language home to the current page (the current page last, no href)
   */
  public record Layout(
      String kind,
      String lang,
      String dir,
      String root,
      String documentTitle,
      String pageTitle,
      String description,
      String siteTitle,
      String homeHref,
      String assetsHref,
      String searchHref,
      String topicsHref,
      String printHref,
      String helpHref,
      List<LanguageLink> languages,
      List<Alternate> alternates,
      List<Link> chapters,
      List<Link> topics,
      List<Link> breadcrumbs) {}
}
