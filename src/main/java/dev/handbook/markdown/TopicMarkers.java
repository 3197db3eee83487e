package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
  private static final Pattern ID = Pattern.compile("[^,\\s]+");

  /** One id of a marker, lower-cased, and the offset in the document where it is written. */
  public record MarkedId(String id, int offset) {}

  /**
   * A marker removed from a heading or question.
   *
   * @param offset where the marker starts in the document (its '{', or the space before it)
   * @param ids the topic ids inside it, in the order written
   */
  public record Marker(int offset, List<MarkedId> ids) {
    public Marker {
      ids = List.copyOf(ids);
    }
  }

  private TopicMarkers() {}

  /**
   * Removes the marker that ends {@code parent}'s inline text, if any. Offsets are kept so that an unknown id is
   * reported where it is written, and a heading left with nothing but its marker at the marker.
   */
  public static Optional<Marker> strip(Node parent) {
    if (!(parent.getLastChild() instanceof Text last)) {
      return Optional.empty();
    }
    BasedSequence chars = last.getChars();
    Matcher m = MARKER.matcher(chars);
    if (!m.find()) {
      return Optional.empty();
    }
    List<MarkedId> ids = new ArrayList<>();
    Matcher id = ID.matcher(chars).region(m.start(1), m.end(1));
    while (id.find()) {
      ids.add(new MarkedId(id.group().toLowerCase(Locale.ROOT), chars.getIndexOffset(id.start())));
    }
    int start = m.start() + leadingSpace(chars, m.start());
    last.setChars(chars.subSequence(0, m.start()));
    return Optional.of(new Marker(chars.getIndexOffset(start), ids));
  }

  private static int leadingSpace(CharSequence chars, int from) {
    int i = from;
    while (i < chars.length() && Character.isWhitespace(chars.charAt(i))) {
      i++;
    }
    return i - from;
  }
}
