package dev.handbook.content;

import java.nio.file.Path;
import java.util.List;

/**
 * What the content folder holds.
 *
 * @param pages Markdown pages, sorted by language then path
 * @param staticFiles other files inside language folders, copied to the site unchanged (images)
 */
public record ContentTree(List<SourceFile> pages, List<StaticFile> staticFiles) {
  public ContentTree {
    pages = List.copyOf(pages);
    staticFiles = List.copyOf(staticFiles);
  }

  /** A non-Markdown file: {@code target} is its path below the site root. */
  public record StaticFile(Path file, String target) {}
}
