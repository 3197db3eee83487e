package dev.handbook.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a file already holds the bytes a build would write into it. A build over a former site
 * ({@link SpareSite}) leaves such a file alone: reading a file back costs far less than truncating it and writing
 * it again, which frees and allocates its disk blocks, and most of a handbook is the same from one build to the
 * next. Comparing, not trusting times or sizes, keeps the site exactly what the build made.
 */
final class UnchangedFile {
  private UnchangedFile() {}

  /** True when {@code file} is a readable file of exactly the pieces' bytes, one after another. */
  static boolean holds(Path file, List<byte[]> pieces) {
    long length = 0;
    for (byte[] piece : pieces) {
      length += piece.length;
    }
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != length) {
        return false; // the size alone tells most changed pages apart, without reading them
      }
      byte[] former = Files.readAllBytes(file);
      int at = 0;
      for (byte[] piece : pieces) {
        if (at + piece.length > former.length
            || !Arrays.equals(former, at, at + piece.length, piece, 0, piece.length)) {
          return false;
        }
        at += piece.length;
      }
      return at == former.length;
    } catch (IOException gone) {
      return false; // deleted or unreadable meanwhile: the caller writes the file as for a new site
    }
  }
}
