package dev.handbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explicit topic marker a contributor writes at the end of a heading or question:
 * {@code ## Caching {topic: caching, performance}}. Reads like a note to the reader of the Markdown and
 * cannot be confused with text, because headings and questions never end in a braced "topic:".
 */
public final class TopicMarkers {
  private static final Pattern MARKER =
      Pattern.compile("\\s*\\{\\s*topics?\\s*:\\s*([^{}]*)\\}\\s*$", Pattern.CASE_INSENSITIVE);

  /** @param text the text without the marker; @param topics the topic ids in the marker */
  public record Split(String text, List<String> topics) {}

  private TopicMarkers() {}

  public static Split split(String text) {
    Matcher m = MARKER.matcher(text);
    if (!m.find()) {
      return new Split(text, List.of());
    }
    List<String> ids = new ArrayList<>();
    for (String part : m.group(1).split("[,\\s]+")) {
      if (!part.isBlank()) {
        ids.add(part.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new Split(text.substring(0, m.start()), List.copyOf(ids));
  }

  /** Where the marker starts in {@code text}, or -1. */
  public static int start(CharSequence text) {
    Matcher m = MARKER.matcher(text);
    return m.find() ? m.start() : -1;
  }
}
