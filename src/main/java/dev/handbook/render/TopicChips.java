package dev.handbook.render;

import dev.handbook.config.HandbookConfig;
import dev.handbook.markdown.HtmlText;
import dev.handbook.markdown.RenderHints;
import dev.handbook.text.LocalizedNumbers;
import dev.handbook.topics.Topic;
import dev.handbook.topics.TopicIndex;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fills in what a topic link says about the other languages ("VI 3 · FA 2"), which a body rendered right after
 * parsing leaves as a marker ({@link RenderHints#othersMarker}). The text depends only on the topic and the page's
 * language, so it is made once per pair.
 */
final class TopicChips {
  private final Map<String, Map<String, String>> othersByLanguage = new HashMap<>();

  TopicChips(HandbookConfig config, TopicIndex topics) {
    for (String lang : config.languageCodes()) {
      Map<String, String> byTopic = new HashMap<>();
      for (Topic topic : topics.topics()) {
        StringBuilder others = new StringBuilder();
        topics.countsByLanguage(topic.id()).forEach((other, count) -> {
          if (!other.equals(lang)) {
            others.append(others.length() == 0 ? "" : " · ").append(other.toUpperCase(Locale.ROOT)).append(' ')
                .append(LocalizedNumbers.format(count, lang));
          }
        });
        byTopic.put(topic.id(), others.length() == 0 ? ""
            : " <span class=\"topic-chip-others\">" + HtmlText.escape(others.toString()) + "</span>");
      }
      othersByLanguage.put(lang, byTopic);
    }
  }

  /** The body with every marker replaced; a body without topic links is returned as it is. */
  String fill(String body, String lang) {
    int at = body.indexOf(RenderHints.OTHERS_MARKER_START);
    if (at < 0) {
      return body;
    }
    Map<String, String> others = othersByLanguage.getOrDefault(lang, Map.of());
    StringBuilder out = new StringBuilder(body.length());
    int from = 0;
    while (at >= 0) {
      int idStart = at + RenderHints.OTHERS_MARKER_START.length();
      int idEnd = body.indexOf(RenderHints.OTHERS_MARKER_END, idStart);
      if (idEnd < 0) {
        break;
      }
      out.append(body, from, at).append(others.getOrDefault(body.substring(idStart, idEnd), ""));
      from = idEnd + RenderHints.OTHERS_MARKER_END.length();
      at = body.indexOf(RenderHints.OTHERS_MARKER_START, from);
    }
    return out.append(body, from, body.length()).toString();
  }
}
