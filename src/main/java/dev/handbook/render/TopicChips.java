package dev.handbook.render;

import dev.handbook.config.HandbookConfig;
import dev.handbook.markdown.HtmlText;
import dev.handbook.markdown.RenderHints;
import dev.handbook.text.LocalizedNumbers;
import dev.handbook.topics.Topic;
import dev.handbook.topics.TopicIndex;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fills in what a topic link says about the other languages ("VI 3 · FA 2"), which a body rendered right after
 * parsing leaves as a marker ({@link RenderHints#othersMarker}). The text depends only on the topic and the page's
 * language, so it is made once per pair.
 */
final class TopicChips {
  private final Map<String, Map<String, byte[]>> othersUtf8 = new HashMap<>();

  /** @param separators what goes between two languages' counts, by page language (Persian uses its comma) */
  TopicChips(HandbookConfig config, TopicIndex topics, Map<String, String> separators) {
    for (String lang : config.languageCodes()) {
      String separator = separators.getOrDefault(lang, " · ");
      Map<String, byte[]> byTopic = new HashMap<>();
      for (Topic topic : topics.topics()) {
        StringBuilder others = new StringBuilder();
        topics.countsByLanguage(topic.id()).forEach((other, count) -> {
          if (!other.equals(lang)) {
            others.append(others.length() == 0 ? "" : separator).append(other.toUpperCase(Locale.ROOT)).append(' ')
                .append(LocalizedNumbers.format(count, lang));
          }
        });
        byTopic.put(topic.id(), (others.length() == 0 ? ""
            : " <span class=\"topic-chip-others\">" + HtmlText.escape(others.toString()) + "</span>")
            .getBytes(StandardCharsets.UTF_8));
      }
      othersUtf8.put(lang, byTopic);
    }
  }

  /**
   * The body (UTF-8) with every marker replaced; a body without topic links is returned as it is. The markers
   * are ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so they are found in the bytes themselves.
   */
  byte[] fill(byte[] body, String lang) {
    // The bytes read as Latin-1 are one char per byte, so the markers' offsets in this text are their offsets in
    // the bytes; String.indexOf finds them with vector instructions, where a loop stopped at every '<' of the HTML.
    String bytes = new String(body, StandardCharsets.ISO_8859_1);
    int at = bytes.indexOf(RenderHints.OTHERS_MARKER_START);
    if (at < 0) {
      return body;
    }
    Map<String, byte[]> others = othersUtf8.getOrDefault(lang, Map.of());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length + 512);
    int from = 0;
    while (at >= 0) {
      int idStart = at + RenderHints.OTHERS_MARKER_START.length();
      int idEnd = bytes.indexOf(RenderHints.OTHERS_MARKER_END, idStart);
      if (idEnd < 0) {
        break;
      }
      out.write(body, from, at - from);
      out.writeBytes(others.getOrDefault(new String(body, idStart, idEnd - idStart, StandardCharsets.UTF_8),
          NOTHING));
      from = idEnd + RenderHints.OTHERS_MARKER_END.length();
      at = bytes.indexOf(RenderHints.OTHERS_MARKER_START, from);
    }
    out.write(body, from, body.length - from);
    return out.toByteArray();
  }

  private static final byte[] NOTHING = new byte[0];
}
