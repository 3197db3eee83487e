package dev.handbook.search;

import dev.handbook.content.Page;
import java.util.List;

/**
 * One search result candidate: a section, a question card, or a topic page.
 *
 * @param lang content language
 * @param kind section, question or topic
 * @param url site-root-relative URL with anchor, e.g. {@code en/django-notes/#wsgi-protocol}
 * @param pageTitle the chapter's title (for a topic: what the topic pages are called)
 * @param headingPath titles of the enclosing headings, outermost first, without the item itself
 * @param title the section heading, the question text, or the topic's name
 * @param body the section text after its heading, the question's answer, or the topic's description
 * @param topics topic ids of the item
 */
public record SearchDocument(
    String lang,
    Kind kind,
    String url,
    String pageTitle,
    List<String> headingPath,
    String title,
    String body,
    List<String> topics) {
  public enum Kind {
    SECTION("s"),
    QUESTION("q"),
    TOPIC("t");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The one-letter code written to the index. */
    public String code() {
      return code;
    }
  }

  public SearchDocument {
    headingPath = List.copyOf(headingPath);
    topics = List.copyOf(topics);
  }

  static String url(Page page, String itemId) {
    return itemId.isEmpty() ? page.url() : page.url() + "#" + itemId;
  }
}
