package dev.handbook.render;

/**
 * Relative URLs between pages of the site. Every page lives in a folder ({@code en/django-notes/}) and is
 * {@code index.html}; links point at folders and, opened from disk, at {@code index.html} explicitly.
 */
public final class Urls {
  private Urls() {}

  /** The prefix that leads from a page folder back to the site root: "" for the root, "../../" below. */
  public static String rootOf(String pageFolder) {
    if (pageFolder.isEmpty()) {
      return "";
    }
    int depth = pageFolder.endsWith("/") ? pageFolder.split("/").length : pageFolder.split("/").length - 1;
    return "../".repeat(depth);
  }

  /**
   * A link from a page with root prefix {@code root} to the site-root path {@code target} ("en/topics/",
   * "assets/site.css", "en/django-notes/#wsgi"). Folder links get {@code index.html} so that the site works
   * opened from disk as well as on a server.
   */
  public static String fromRoot(String root, String target) {
    String path = target;
    String fragment = "";
    int hash = target.indexOf('#');
    if (hash >= 0) {
      path = target.substring(0, hash);
      fragment = target.substring(hash);
    }
    if (path.isEmpty() || path.endsWith("/")) {
      path = path + "index.html";
    }
    return root + path + fragment;
  }
}
