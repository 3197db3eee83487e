package dev.handbook.topics;

import dev.handbook.content.Page;
import java.util.List;

/**
 * A section or question together with its topics: what topic pages list and chapter pages link.
 *
 * @param page the page it is on
 * @param id its anchor id ("" for the text before the first heading)
 * @param question whether it is a question card
 * @param title question text or section title
 * @param answered for questions, whether there is an answer
 * @param assignments its topics with the reason for each, in topic order
 */
public record TopicItem(Page page, String id, boolean question, String title, boolean answered,
    List<TopicAssignment> assignments) {
  public TopicItem {
    assignments = List.copyOf(assignments);
  }

  public String lang() {
    return page.lang();
  }

  /** Site-root-relative URL with anchor. */
  public String url() {
    return id.isEmpty() ? page.url() : page.url() + "#" + id;
  }

  public List<String> topicIds() {
    return assignments.stream().map(TopicAssignment::topicId).toList();
  }
}
