package dev.handbook.build;

import dev.handbook.render.SiteRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes the files of one build below a root folder, from any thread, in large single writes. */
public final class SiteFiles implements SiteRenderer.PageSink {
  private final Path root;
  private final Set<Path> createdDirs = ConcurrentHashMap.newKeySet();

  public SiteFiles(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Writes {@code text} as UTF-8 to {@code relative} ("en/django-notes/index.html"). */
  @Override
  public void write(String relative, String text) {
    write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String relative, byte[] bytes) {
    try (OutputStream out = Files.newOutputStream(fileFor(relative))) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the pieces one after another through a large buffer: the page is never whole in memory. */
  @Override
  public void write(String relative, Iterator<String> pieces) {
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(fileFor(relative)),
        StandardCharsets.UTF_8), STREAM_BUFFER_CHARS)) {
      while (pieces.hasNext()) {
        out.write(pieces.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int STREAM_BUFFER_CHARS = 1 << 18;

  private Path fileFor(String relative) throws IOException {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("output path escapes the site: " + relative);
    }
    Path dir = file.getParent();
    if (createdDirs.add(dir)) {
      Files.createDirectories(dir);
    }
    return file;
  }

  public void copy(Path source, String relative) {
    try {
      write(relative, Files.readAllBytes(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
