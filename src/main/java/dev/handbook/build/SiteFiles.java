package dev.handbook.build;

import dev.handbook.render.SiteRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes the files of one build below a root folder, from any thread, in large single writes. */
public final class SiteFiles implements SiteRenderer.PageSink {
  private final Path root;
  private final boolean replaceInPlace;
  private final Set<Path> createdDirs = ConcurrentHashMap.newKeySet();

  public SiteFiles(Path root) {
    this(root, false);
  }

  private SiteFiles(Path root, boolean replaceInPlace) {
    this.root = root;
    this.replaceInPlace = replaceInPlace;
  }

  /**
   * Files written into a site that is being served: each is written beside its place and renamed over the old
   * one, so a reader never gets half a page.
   */
  static SiteFiles replacingInPlace(Path root) {
    return new SiteFiles(root, true);
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
    try {
      Path file = fileFor(relative);
      Path written = replaceInPlace ? file.resolveSibling(file.getFileName() + ".handbook-new") : file;
      try (OutputStream out = Files.newOutputStream(written)) {
        out.write(bytes);
      }
      if (replaceInPlace) {
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the pieces (UTF-8) one after another as they come, each in one write: a page is never whole in
   * memory, and a chapter's body goes from the scratch file to the page without a copy in between.
   */
  @Override
  public void write(String relative, Iterator<byte[]> pieces) {
    try {
      Path file = fileFor(relative);
      Path written = replaceInPlace ? file.resolveSibling(file.getFileName() + ".handbook-new") : file;
      try (OutputStream out = Files.newOutputStream(written)) {
        while (pieces.hasNext()) {
          out.write(pieces.next());
        }
      }
      if (replaceInPlace) {
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
