package dev.handbook.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the node renderers need from the rest of the build to render one page: topic links per item,
 * interface labels, and how to resolve links. Attached to the page's Document under {@link #KEY}.
 *
 * @param lang the page's language
 * @param rtl whether the page is right-to-left
 * @param labels interface strings of the page's language (keys as in templates/i18n)
 * @param topicLinks topic links per section or question id
 * @param editUrl link that edits the page's source file, or empty
 * @param numbers formats a question label's digits for the page's language
 * @param links rewrites a link destination as written in Markdown into the URL to publish
 * @param idPrefix put before every id the body defines, so that several pages can share one document
 */
public record RenderHints(
    String lang,
    boolean rtl,
    Map<String, String> labels,
    Map<String, List<TopicLink>> topicLinks,
    String editUrl,
    UnaryOperator<String> numbers,
    UnaryOperator<String> links,
    String idPrefix) {
  public static final NullableDataKey<RenderHints> KEY = new NullableDataKey<>("HANDBOOK_RENDER_HINTS");

  public RenderHints {
    labels = Map.copyOf(labels);
    topicLinks = Map.copyOf(topicLinks);
  }

  public RenderHints withIdPrefix(String prefix) {
    return new RenderHints(lang, rtl, labels, topicLinks, editUrl, numbers, links, prefix);
  }

  public String label(String key) {
    return labels.getOrDefault(key, key);
  }

  /**
   * A link to a topic page shown beside a section or question.
   *
   * @param name topic name in the page's language
   * @param href URL relative to the page
   * @param summary a sentence on how much the other languages have on it (title attribute)
   */
  public record TopicLink(String name, String href, String summary) {}
}
