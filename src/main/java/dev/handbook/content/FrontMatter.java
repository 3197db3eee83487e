package dev.handbook.content;

import java.util.List;

/**
 * The YAML header of a page. Unknown keys are rejected when it is read.
 *
 * @param title page title in the page's language
 * @param description one sentence for the page's meta description and listings
 * @param order reading order within the language (lower first)
 * @param topics topic ids that apply to everything on the page, where each is written
 * @param source the original document the page was made from, or empty
 */
public record FrontMatter(String title, String description, int order, List<TopicRef> topics, String source) {
  public FrontMatter {
    topics = List.copyOf(topics);
    description = description == null ? "" : description;
    source = source == null ? "" : source;
  }
}
