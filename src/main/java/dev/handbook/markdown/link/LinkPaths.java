package dev.handbook.markdown.link;

import dev.handbook.render.Urls;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** '/'-separated path arithmetic on link destinations, independent of the file system it runs on. */
final class LinkPaths {
  private LinkPaths() {}

  /** See {@link Urls#percentDecode}: links and served paths decode the same way. */
  static Optional<String> percentDecode(String s) {
    return Urls.percentDecode(s);
  }

  /** The folder part of a file path, with its trailing '/': "en/" for "en/a.md", "" for "a.md". */
  static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /**
   * {@code relative} resolved against {@code folder} and normalized: "." segments dropped, ".." applied. A path
   * that climbs above the root keeps its leading ".." segments ("../site/en"). A trailing '/' is dropped.
   */
  static String resolve(String folder, String relative) {
    Deque<String> stack = new ArrayDeque<>();
    int above = 0;
    List<String> segments = new ArrayList<>();
    segments.addAll(List.of(folder.split("/")));
    segments.addAll(List.of(relative.split("/")));
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (stack.isEmpty()) {
          above++;
        } else {
          stack.removeLast();
        }
      } else {
        stack.addLast(segment);
      }
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < above; i++) {
      parts.add("..");
    }
    parts.addAll(stack);
    return String.join("/", parts);
  }

  /** How to write {@code target} (a root-relative path) in a link from a file in {@code folder}. */
  static String relative(String folder, String target) {
    String[] from = folder.isEmpty() ? new String[0] : folder.split("/");
    String[] to = target.split("/");
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    out.append("../".repeat(from.length - common));
    for (int i = common; i < to.length; i++) {
      out.append(to[i]);
      if (i < to.length - 1) {
        out.append('/');
      }
    }
    return out.toString();
  }
}
