package dev.handbook.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Relative URLs between pages of the site. Every page lives in a folder ({@code en/django-notes/}) and is
 * {@code index.html}; links point at folders and, opened from disk, at {@code index.html} explicitly.
 */
public final class Urls {
  private Urls() {}

  /** The prefix that leads from a page folder back to the site root: "" for the root, "../../" below. */
  public static String rootOf(String pageFolder) {
    if (pageFolder.isEmpty()) {
      return "";
    }
    int depth = pageFolder.endsWith("/") ? pageFolder.split("/").length : pageFolder.split("/").length - 1;
    return "../".repeat(depth);
  }

  /**
   * A link from a page with root prefix {@code root} to the site-root path {@code target} ("en/topics/",
   * "assets/site.css", "en/django-notes/#wsgi"). Folder links get {@code index.html} so that the site works
   * opened from disk as well as on a server.
   */
  public static String fromRoot(String root, String target) {
    String path = target;
    String fragment = "";
    int hash = target.indexOf('#');
    if (hash >= 0) {
      path = target.substring(0, hash);
      fragment = target.substring(hash);
    }
    if (path.isEmpty() || path.endsWith("/")) {
      path = path + "index.html";
    }
    return root + path + fragment;
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8 ({@code +} stays a plus: this is a path, not a form). Empty when an
   * escape is malformed or the bytes are not UTF-8.
   */
  public static Optional<String> percentDecode(String s) {
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
}
