package dev.handbook.serve;

import dev.handbook.render.Urls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the raw path of a request to a path below the served folder, or refuses it. Decoding happens once and
 * every check runs on the decoded segments, so {@code /../}, {@code %2e%2e}, {@code %2f}, backslashes and
 * absolute forms ({@code //etc}, {@code /C:/}) can never name a file outside the folder.
 */
final class RequestPaths {
  /** Longer request paths are refused before any work is done on them. */
  static final int MAX_LENGTH = 2048;

  private RequestPaths() {}

  /**
   * @param rawPath the request target's path, still percent-encoded ({@code URI.getRawPath()})
   * @return the relative path ('/'-joined segments, "" for the root), or empty when the request must be refused
   */
  static Optional<String> relative(String rawPath) {
    if (rawPath == null || rawPath.isEmpty() || rawPath.length() > MAX_LENGTH || rawPath.charAt(0) != '/') {
      return Optional.empty();
    }
    Optional<String> decoded = decode(rawPath.substring(1));
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String path = decoded.get();
    List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
    if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1); // a folder: "en/" names the same as "en"
    }
    for (String segment : segments) {
      if (!safe(segment)) {
        return Optional.empty();
      }
    }
    return Optional.of(String.join("/", segments));
  }

  /** The file below {@code root} for a relative path from {@link #relative}; never outside {@code root}. */
  static Optional<Path> resolve(Path root, String relative) {
    Path base = root.toAbsolutePath().normalize();
    Path file = relative.isEmpty() ? base : base.resolve(relative).normalize();
    return file.startsWith(base) ? Optional.of(file) : Optional.empty();
  }

  private static boolean safe(String segment) {
    // Hidden names are refused too: the folder's marker file and editors' leftovers are not part of the site.
    if (segment.isEmpty() || segment.startsWith(".")) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\\' || c == ':') {
        return false;
      }
    }
    return true;
  }

  /** Strict percent-decoding as UTF-8 ({@link Urls#percentDecode}); a raw non-ASCII character is not a valid request target. */
  private static Optional<String> decode(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Optional.empty();
      }
    }
    return Urls.percentDecode(s);
  }
}
