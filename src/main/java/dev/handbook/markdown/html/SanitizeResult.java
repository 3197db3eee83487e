package dev.handbook.markdown.html;

import java.util.List;

/**
 * Cleaned HTML and what was removed to clean it.
 *
 * @param html the HTML that is safe to publish
 * @param removed what was taken out, in source order (comments are not listed)
 */
public record SanitizeResult(String html, List<Removal> removed) {
  public SanitizeResult {
    removed = List.copyOf(removed);
  }

  public boolean changed() {
    return !removed.isEmpty();
  }
}
