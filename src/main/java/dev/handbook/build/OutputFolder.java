package dev.handbook.build;

import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The output folder, replaced only by a finished build. Pages are written into a staging folder beside it;
 * on success the old folder is moved aside, the staging folder renamed into place and the old one deleted.
 * A marker file proves a folder is ours: a folder without it is never deleted.
 */
public final class OutputFolder {
  public static final String MARKER = ".handbook-site";
  private static final String STAGING_PREFIX = ".handbook-staging-";
  private static final String OLD_PREFIX = ".handbook-old-";

  private final Path target;
  private final Path staging;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks that {@code target} may be replaced and creates a fresh staging folder beside it. Leftovers of
   * builds that were killed are removed first (they carry our marker).
   */
  public static OutputFolder prepare(Path target, Path contentDir, Path templatesDir, String shownPath) {
    Path out = target.toAbsolutePath().normalize();
    refuseDangerous(out, contentDir, templatesDir, shownPath);
    if (Files.exists(out) && !isOurs(out) && !isEmptyDir(out)) {
      throw new ContentException(Diagnostic.error("output-foreign", shownPath, 1, 1,
          "output folder exists and was not made by handbook; refusing to replace it",
          "choose another --out, or delete the folder yourself"));
    }
    try {
      Path parent = out.getParent();
      Files.createDirectories(parent);
      removeLeftovers(parent);
      Path staging = Files.createTempDirectory(parent, STAGING_PREFIX);
      Files.writeString(staging.resolve(MARKER), "handbook output folder\n", StandardCharsets.UTF_8);
      return new OutputFolder(out, staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path staging() {
    return staging;
  }

  public Path target() {
    return target;
  }

  /** Puts the finished build in place. */
  public void commit() {
    try {
      Path parent = target.getParent();
      Path old = null;
      if (Files.exists(target)) {
        old = parent.resolve(OLD_PREFIX + Long.toHexString(System.nanoTime()));
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Throws away the staging folder; the old output stays as it was. */
  public void abandon() {
    deleteTree(staging);
  }

  private static void refuseDangerous(Path out, Path contentDir, Path templatesDir, String shownPath) {
    Path content = contentDir.toAbsolutePath().normalize();
    Path templates = templatesDir.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    boolean dangerous = out.getParent() == null || out.equals(content) || out.equals(templates)
        || content.startsWith(out) || templates.startsWith(out) || out.equals(cwd)
        || Files.isDirectory(out.resolve(".git")) || out.equals(Path.of(System.getProperty("user.home")));
    if (dangerous) {
      throw new ContentException(Diagnostic.error("output-dangerous", shownPath, 1, 1,
          "refusing to write the site into " + shownPath
              + ": it is or contains the content, the templates or the repository",
          "use --out site (the default) or another empty folder"));
    }
  }

  private static boolean isOurs(Path dir) {
    return Files.isRegularFile(dir.resolve(MARKER));
  }

  private static boolean isEmptyDir(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  private static void removeLeftovers(Path parent) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
        p -> p.getFileName().toString().startsWith(STAGING_PREFIX)
            || p.getFileName().toString().startsWith(OLD_PREFIX))) {
      for (Path leftover : entries) {
        if (isOurs(leftover) && !isRecentlyModified(leftover)) {
          deleteTree(leftover);
        }
      }
    }
  }

  /** A staging folder touched in the last minute may belong to a build running right now. */
  private static boolean isRecentlyModified(Path dir) throws IOException {
    return Files.getLastModifiedTime(dir).toMillis() > System.currentTimeMillis() - 60_000;
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
