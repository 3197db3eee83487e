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
   * Stands where a topic link's other-language counts go ("VI 3 · FA 2"). Those counts are known only once
   * every page is read, while a body is rendered as soon as its page is parsed; the renderer of the finished
   * site replaces the marker. Content cannot produce it: text is escaped and raw HTML keeps only allowed tags.
   */
  public static String othersMarker(String topicId) {
    return OTHERS_MARKER_START + topicId + OTHERS_MARKER_END;
  }

  public static final String OTHERS_MARKER_START = "<hb-others topic=\"";
  public static final String OTHERS_MARKER_END = "\"></hb-others>";

  /**
   * A link to a topic page shown beside a section or question.
   *
   * @param name topic name in the page's language
   * @param href URL relative to the page
   * @param topicId the topic, whose other-language counts follow the name (see {@link #othersMarker})
   */
  public record TopicLink(String name, String href, String topicId) {}
}
