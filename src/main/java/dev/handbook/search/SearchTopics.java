package dev.handbook.search;

import dev.handbook.content.Page;
import java.util.List;
import java.util.Map;

/** Where search documents get their topic ids; supplied by the pipeline from topic assignment. */
@FunctionalInterface
public interface SearchTopics {
  /**
   * @param page the page the item is on
   * @param itemId the section's or question's anchor id ("" for the text before the first heading)
   * @return the item's topic ids, possibly empty, never null
   */
  List<String> topicsOf(Page page, String itemId);

  static SearchTopics none() {
    return (page, itemId) -> List.of();
  }

  /** Topics keyed by the item's site-root-relative URL, e.g. {@code en/django-notes/#wsgi}. */
  static SearchTopics byUrl(Map<String, List<String>> topicsByUrl) {
    var copy = Map.copyOf(topicsByUrl);
    return (page, itemId) -> copy.getOrDefault(SearchDocument.url(page, itemId), List.of());
  }
}
