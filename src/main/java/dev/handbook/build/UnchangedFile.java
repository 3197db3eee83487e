package dev.handbook.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a file already holds the bytes a build would write into it. A build over a former site
 * ({@link SpareSite}) leaves such a file alone: reading a file back costs far less than truncating it and writing
 * it again, which frees and allocates its disk blocks, and most of a handbook is the same from one build to the
 * next. Comparing, not trusting times or sizes, keeps the site exactly what the build made.
 */
final class UnchangedFile {
  private static final int BUFFER = 1 << 16;
  private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocate(BUFFER));

  private UnchangedFile() {}

  /** True when {@code file} is a readable file of exactly the pieces' bytes, one after another. */
  static boolean holds(Path file, List<byte[]> pieces) {
    long length = 0;
    for (byte[] piece : pieces) {
      length += piece.length;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() != length) {
        return false;
      }
      ByteBuffer buffer = BUFFERS.get();
      byte[] read = buffer.array();
      int piece = 0;
      int inPiece = 0;
      buffer.clear();
      while (channel.read(buffer) > 0 || buffer.position() > 0) {
        int available = buffer.position();
        int at = 0;
        while (at < available) {
          if (piece == pieces.size()) {
            return false; // the file grew since its size was read
          }
          byte[] expected = pieces.get(piece);
          int n = Math.min(available - at, expected.length - inPiece);
          if (!Arrays.equals(read, at, at + n, expected, inPiece, inPiece + n)) {
            return false;
          }
          at += n;
          inPiece += n;
          if (inPiece == expected.length) {
            piece++;
            inPiece = 0;
          }
        }
        buffer.clear();
      }
      while (piece < pieces.size() && pieces.get(piece).length == 0) {
        piece++;
      }
      return piece == pieces.size();
    } catch (IOException | UnsupportedOperationException notAFileToRead) {
      return false;
    }
  }
}
