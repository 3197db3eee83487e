package dev.handbook.content;

import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: strict UTF-8 (a BOM is dropped), CRLF and CR become LF. Anything else is a
 * located error, never a garbled page.
 */
public final class SourceReader {
  /** Files larger than this are refused: no handbook page is that large, and it protects memory. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private SourceReader() {}

  public static String decode(byte[] bytes, String path) {
    if (bytes.length > MAX_BYTES) {
      throw fail(path, 1, 1, "file is larger than " + (MAX_BYTES >> 20) + " MiB", "split it into several pages");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw fail(path, 1, 1, "file is UTF-16, not UTF-8", "save the file as UTF-8");
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (looksLikeUtf16(bytes)) {
      throw fail(path, 1, 1, "file is UTF-16 (without a byte order mark), not UTF-8", "save the file as UTF-8");
    }
    boolean carriageReturn = false;
    for (int i = start; i < bytes.length; i++) {
      carriageReturn |= bytes[i] == '\r';
      if (bytes[i] == 0) {
        int[] lc = lineAndColumn(bytes, start, i);
        throw fail(path, lc[0], lc[1], "file contains a NUL byte; it looks like a binary file",
            "only UTF-8 Markdown belongs in the content folder");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int[] lc = lineAndColumn(bytes, start, in.position());
      throw fail(path, lc[0], lc[1], "invalid UTF-8 (byte 0x"
          + String.format(java.util.Locale.ROOT, "%02X", bytes[in.position()] & 0xFF) + ")",
          "save the file as UTF-8");
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw fail(path, 1, 1, "invalid UTF-8", "save the file as UTF-8");
    }
    out.flip();
    return carriageReturn ? normalizeLineEnds(out.toString()) : out.toString();
  }

  private static String normalizeLineEnds(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int copied = 0;
    for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', copied)) {
      sb.append(text, copied, cr).append('\n');
      copied = cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? cr + 2 : cr + 1;
    }
    return sb.append(text, copied, text.length()).toString();
  }

  /** 1-based line and column (in characters, approximated by UTF-8 lead bytes) of byte {@code index}. */
  private static int[] lineAndColumn(byte[] bytes, int start, int index) {
    int line = 1;
    int column = 1;
    for (int i = start; i < index && i < bytes.length; i++) {
      boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
      if (bytes[i] == '\n' || (bytes[i] == '\r' && !crlf)) { // the same line ends as normalizeLineEnds
        line++;
        column = 1;
      } else if (crlf) {
        continue;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /**
   * UTF-16 text without a BOM: text that is mostly Latin has a NUL in every other byte of its first line, which
   * would otherwise be reported as a binary file.
   */
  private static boolean looksLikeUtf16(byte[] bytes) {
    int pairs = Math.min(bytes.length / 2, 64);
    if (pairs < 2) {
      return false;
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      evenNuls += bytes[i] == 0 ? 1 : 0;
      oddNuls += bytes[i + 1] == 0 ? 1 : 0;
    }
    return (evenNuls * 2 >= pairs && oddNuls == 0) || (oddNuls * 2 >= pairs && evenNuls == 0);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static ContentException fail(String path, int line, int column, String message, String hint) {
    return new ContentException(Diagnostic.error("encoding", path, line, column, message, hint));
  }
}
