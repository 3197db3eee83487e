package dev.handbook.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered bodies kept in a scratch file between the page that renders them and the page that shows them, so
 * that a handbook of thousands of chapters does not hold every body in memory at once. Any thread may put and
 * get; each put reserves its own range of the file. The file is deleted on {@link #close}.
 */
final class BodyStore implements AutoCloseable {
  /** Where one body is in the file. */
  record Ref(long offset, int length) {}

  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();

  private BodyStore(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * A store whose file lives in {@code dir}: beside the output folder for a build that writes one (where the next
   * build removes what a killed build left), else a temporary folder.
   */
  static BodyStore in(Path dir) {
    try {
      Path file = dir.resolve(OutputFolder.BODIES_PREFIX + ProcessHandle.current().pid() + "-"
          + Long.toHexString(System.nanoTime()));
      return new BodyStore(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
          StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch file in " + dir, e);
    }
  }

  /** A store in the system's temporary folder, for runs that write no site and for {@code serve}. */
  static BodyStore temporary() {
    return in(Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** Beside {@code outDir} when its parent folder exists, else in the temporary folder. */
  static BodyStore besideOrTemporary(Path outDir) {
    Path parent = outDir.toAbsolutePath().normalize().getParent();
    if (parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
      try {
        return in(parent);
      } catch (UncheckedIOException unwritable) {
        // The build reports an unwritable output folder itself, where it matters.
      }
    }
    return temporary();
  }

  /** Keeps a body (UTF-8) and tells where it is. */
  Ref put(byte[] bytes) {
    long offset = end.getAndAdd(bytes.length);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      long at = offset;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build's scratch file", e);
    }
    return new Ref(offset, bytes.length);
  }

  /** The body as it was put, in UTF-8. */
  byte[] get(Ref ref) {
    ByteBuffer buffer = ByteBuffer.allocate(ref.length());
    try {
      long at = ref.offset();
      while (buffer.hasRemaining()) {
        int read = channel.read(buffer, at);
        if (read < 0) {
          throw new IOException("scratch file ends early");
        }
        at += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the build's scratch file", e);
    }
    return buffer.array();
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
