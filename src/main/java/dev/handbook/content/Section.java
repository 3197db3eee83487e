package dev.handbook.content;

import java.util.List;

/**
 * The text under one heading, up to the next heading of any level.
 *
 * @param id the heading's anchor id
 * @param title heading text, without any topic marker
 * @param level heading level, 2..6
 * @param headingPath titles of the enclosing headings, outermost first, ending with this one
 * @param text plain text of the heading and its body (questions excluded), for topics and search; empty in the
 *     pages a build keeps after indexing them ({@link Page#withoutSectionTexts}), and so are {@link #bodyText}
 *     and {@link #hasBody}
 * @param location where the heading is written
 * @param markedTopics topic ids the author wrote on the heading with {@code {topic: ...}}, where each is written
 */
public record Section(
    String id,
    String title,
    int level,
    List<String> headingPath,
    String text,
    SourceLocation location,
    List<TopicRef> markedTopics) {
  public Section {
    headingPath = List.copyOf(headingPath);
    markedTopics = List.copyOf(markedTopics);
  }

  /** The text after the heading: {@link #text} starts with the title, which search indexes as a title instead. */
  public String bodyText() {
    String trimmed = text.strip();
    return !title.isEmpty() && trimmed.startsWith(title) ? trimmed.substring(title.length()).strip() : trimmed;
  }

  /** Whether the section has text of its own, not only a heading over questions or subsections. */
  public boolean hasBody() {
    return text.strip().length() > title.strip().length();
  }
}
