package dev.handbook.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes the files of one build below a root folder, from any thread, in large single writes. */
public final class SiteFiles {
  private final Path root;
  private final Set<Path> createdDirs = ConcurrentHashMap.newKeySet();

  public SiteFiles(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Writes {@code text} as UTF-8 to {@code relative} ("en/django-notes/index.html"). */
  public void write(String relative, String text) {
    write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String relative, byte[] bytes) {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("output path escapes the site: " + relative);
    }
    try {
      Path dir = file.getParent();
      if (createdDirs.add(dir)) {
        Files.createDirectories(dir);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void copy(Path source, String relative) {
    try {
      write(relative, Files.readAllBytes(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
