package dev.handbook.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to "why is this item in that topic?": one line per item, e.g.
 * {@code content/en/notes.md#the-orm  orm (keyword 'select_related'), caching (marker on the heading)}.
 */
public final class TopicExplainer {
  private TopicExplainer() {}

  public static List<String> lines(TopicIndex index) {
    List<String> lines = new ArrayList<>();
    for (TopicItem item : index.items()) {
      StringBuilder line = new StringBuilder(item.page().sourcePath());
      line.append('#').append(item.id().isEmpty() ? "(intro)" : item.id());
      line.append(item.question() ? "  question: " : "  section: ");
      if (item.assignments().isEmpty()) {
        line.append("no topic");
      }
      for (int i = 0; i < item.assignments().size(); i++) {
        TopicAssignment a = item.assignments().get(i);
        line.append(i == 0 ? "" : ", ").append(a.topicId()).append(" (").append(a.rule()).append(')');
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
