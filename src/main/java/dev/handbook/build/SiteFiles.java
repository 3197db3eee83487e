package dev.handbook.build;

import dev.handbook.render.SiteRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes the files of one build below a root folder, from any thread, in large single writes. */
public final class SiteFiles implements SiteRenderer.PageSink {
  private final Path root;
  private final boolean replaceInPlace;
  private final boolean overFormerSite;
  private final Set<Path> createdDirs = ConcurrentHashMap.newKeySet();
  private final Set<Path> written = ConcurrentHashMap.newKeySet();
  /** Pages up to this size are compared with what a former site holds before they are written. */
  private static final long COMPARED_UP_TO = 1 << 22;

  public SiteFiles(Path root) {
    this(root, false, false);
  }

  private SiteFiles(Path root, boolean replaceInPlace, boolean overFormerSite) {
    this.root = root;
    this.replaceInPlace = replaceInPlace;
    this.overFormerSite = overFormerSite;
  }

  /**
   * Files written over a former site's ({@link SpareSite}): a file that already holds the bytes is left alone
   * ({@link UnchangedFile}); where the former site has a folder in place of a file, or a file in place of a
   * folder, that is deleted first.
   */
  static SiteFiles overFormerSite(Path root) {
    return new SiteFiles(root, false, true);
  }

  /**
   * Files written into a site that is being served: each is written beside its place and renamed over the old
   * one, so a reader never gets half a page.
   */
  static SiteFiles replacingInPlace(Path root) {
    return new SiteFiles(root, true, false);
  }

  public Path root() {
    return root;
  }

  /** The files written so far. */
  Set<Path> written() {
    return written;
  }

  /** Writes {@code text} as UTF-8 to {@code relative} ("en/django-notes/index.html"). */
  @Override
  public void write(String relative, String text) {
    write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String relative, byte[] bytes) {
    try {
      Path file = fileFor(relative);
      if (overFormerSite && UnchangedFile.holds(file, List.of(bytes))) {
        return;
      }
      Path written = replaceInPlace ? file.resolveSibling(file.getFileName() + ".handbook-new") : file;
      try (OutputStream out = open(written)) {
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
      List<byte[]> held = new ArrayList<>();
      if (overFormerSite) {
        // A page of ordinary size is held to be compared with the former file; a print page is not.
        long size = 0;
        while (pieces.hasNext() && size < COMPARED_UP_TO) {
          byte[] piece = pieces.next();
          held.add(piece);
          size += piece.length;
        }
        if (!pieces.hasNext() && UnchangedFile.holds(file, held)) {
          return;
        }
      }
      Path written = replaceInPlace ? file.resolveSibling(file.getFileName() + ".handbook-new") : file;
      try (OutputStream out = open(written)) {
        for (byte[] piece : held) {
          out.write(piece);
        }
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
    if (!createdDirs.contains(dir)) { // added once made: another thread may be writing into the same folder
      try {
        Files.createDirectories(dir);
      } catch (FileAlreadyExistsException fileInTheWay) {
        if (!overFormerSite) {
          throw fileInTheWay;
        }
        for (Path above = dir; above != null && above.startsWith(root) && !above.equals(root);
            above = above.getParent()) {
          if (Files.isRegularFile(above, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(above);
          }
        }
        Files.createDirectories(dir);
      }
      createdDirs.add(dir);
    }
    written.add(file);
    return file;
  }

  private OutputStream open(Path file) throws IOException {
    try {
      return Files.newOutputStream(file);
    } catch (IOException e) {
      if (!overFormerSite || !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        throw e;
      }
      OutputFolder.deleteTree(file, false);
      return Files.newOutputStream(file);
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
