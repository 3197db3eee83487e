package dev.handbook.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The site a large build replaced, kept beside the output folder as {@code .handbook-spare-<name>} so that the
 * next build writes over its files instead of making tens of thousands of new ones. On ext4 a new file where
 * many were just deleted costs several times what rewriting one does (the allocator steps over recently freed
 * inodes), and deleting the old site costs as much again. The next build takes the folder as its staging
 * folder, writes its files and, before the swap, deletes every file it did not write: the published site
 * holds exactly what the build made, whatever the spare held.
 */
final class SpareSite {
  static final String PREFIX = ".handbook-spare-";

  private SpareSite() {}

  /** Where the spare of {@code target} is kept. */
  static Path of(Path target) {
    return target.resolveSibling(PREFIX + target.getFileName());
  }

  /**
   * Takes the spare of {@code target}, if there is one of ours, as the staging folder {@code staging}.
   *
   * @return the regular files in it; empty when there was no spare to take (another build may have taken it)
   *     or it held something a build never makes (a link), in which case it is deleted
   */
  static Optional<Set<Path>> claim(Path target, Path staging) {
    Path spare = of(target);
    if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(spare.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      Files.move(spare, staging, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException takenMeanwhile) {
      return Optional.empty();
    }
    try {
      return Optional.of(plainFiles(staging));
    } catch (IOException | UncheckedIOException notPlain) {
      OutputFolder.deleteTree(staging);
      return Optional.empty();
    }
  }

  /** Keeps {@code old} as the spare of {@code target}; false when a spare is there already. */
  static boolean keep(Path old, Path target) {
    try {
      Files.move(old, of(target), StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException spareExists) {
      return false;
    }
  }

  /**
   * Deletes the files of a claimed spare that the build did not write, then the folders this leaves empty.
   *
   * @param existing the files the spare held ({@link #claim})
   * @param written the files the build wrote
   */
  static void removeUnwritten(Path staging, Set<Path> existing, Set<Path> written) throws IOException {
    Path marker = staging.resolve(OutputFolder.MARKER);
    Set<Path> emptied = new HashSet<>();
    for (Path file : existing) {
      // A former file may be a folder of this build's now.
      if (!written.contains(file) && !file.equals(marker) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(staging); dir = dir.getParent()) {
          if (!emptied.add(dir)) {
            break;
          }
        }
      }
    }
    List<Path> deepestFirst = new ArrayList<>(emptied);
    deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    for (Path dir : deepestFirst) {
      try {
        Files.delete(dir);
      } catch (DirectoryNotEmptyException | NoSuchFileException stillUsed) {
        // holds files of this build
      }
    }
  }

  /** The regular files below {@code root}; throws when it holds anything but files and folders. */
  private static Set<Path> plainFiles(Path root) throws IOException {
    Set<Path> files = new HashSet<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        if (!attributes.isRegularFile()) {
          throw new IOException("not a regular file: " + file);
        }
        files.add(file);
        return FileVisitResult.CONTINUE;
      }
    });
    return files;
  }
}
