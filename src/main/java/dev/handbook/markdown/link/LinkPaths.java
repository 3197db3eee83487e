package dev.handbook.markdown.link;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** '/'-separated path arithmetic on link destinations, independent of the file system it runs on. */
final class LinkPaths {
  private LinkPaths() {}

  /**
   * Decodes {@code %XX} escapes as UTF-8 ({@code +} stays a plus: this is a path, not a form). Empty when an
   * escape is malformed or the bytes are not UTF-8.
   */
  static Optional<String> percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return Optional.of(s);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        byte[] encoded = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(cp);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
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
