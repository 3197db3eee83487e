package dev.handbook.markdown.link;

import java.util.List;

/**
 * Something a link in the content may point at: a page, a copied file, or a language folder.
 *
 * @param contentPath path below the content folder, '/' separated ({@code en/django-notes.md}, {@code en/img/a.png},
 *     {@code en} for a language folder)
 * @param sitePath path below the site root where it is published ({@code en/django-notes/}, {@code en/img/a.png})
 * @param anchors ids a fragment may name, in page order; empty for files, whose fragments are not checked
 * @param page whether fragments are checked against {@code anchors}
 */
public record LinkTarget(String contentPath, String sitePath, List<String> anchors, boolean page) {
  public LinkTarget {
    anchors = List.copyOf(anchors);
  }

  public static LinkTarget page(String contentPath, String sitePath, List<String> anchors) {
    return new LinkTarget(contentPath, sitePath, anchors, true);
  }

  public static LinkTarget file(String contentPath, String sitePath) {
    return new LinkTarget(contentPath, sitePath, List.of(), false);
  }
}
