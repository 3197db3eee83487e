package dev.handbook.content;

import java.util.List;

/**
 * A topic id as the author wrote it, in front matter or a {@code {topic: ...}} marker, with where it is written:
 * an id that topics.yml does not define is reported at its own line and column.
 */
public record TopicRef(String id, SourceLocation location) {
  public static List<String> ids(List<TopicRef> refs) {
    return refs.stream().map(TopicRef::id).toList();
  }
}
