package dev.handbook.build;

import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder, replaced only by a finished build. Pages are written into a staging folder beside it;
 * on success the old folder is moved aside, the staging folder renamed into place and the old one deleted, or,
 * when the site is large, kept for the next build to write over ({@link SpareSite}). A marker file proves a
 * folder is ours: a folder without it is never deleted. Staging and old folders are named after the process
 * that made them ({@code .handbook-staging-<pid>-<n>}), so that the next build can tell the leftovers of a killed
 * build from a build running right now.
 */
public final class OutputFolder {
  public static final String MARKER = ".handbook-site";
  private static final String STAGING_PREFIX = ".handbook-staging-";
  private static final String OLD_PREFIX = ".handbook-old-";
  /** The scratch file of a build's rendered bodies ({@link BodyStore}), beside the output folder too. */
  static final String BODIES_PREFIX = ".handbook-bodies-";

  private final Path target;
  private final Path staging;
  /** The files a former site left in the staging folder ({@link SpareSite}); null when it started empty. */
  private final Set<Path> formerFiles;
  private final SiteFiles files;

  private OutputFolder(Path target, Path staging, Set<Path> formerFiles) {
    this.target = target;
    this.staging = staging;
    this.formerFiles = formerFiles;
    this.files = formerFiles == null ? new SiteFiles(staging) : SiteFiles.overFormerSite(staging);
  }

  /**
   * Checks that {@code target} may be replaced and creates a fresh staging folder beside it. Leftovers of
   * builds that were killed are removed first (they carry our marker).
   */
  public static OutputFolder prepare(Path target, Path contentDir, Path templatesDir, String shownPath) {
    Path out = target.toAbsolutePath().normalize();
    checkTarget(out, contentDir, templatesDir, shownPath);
    try {
      Path parent = out.getParent();
      Files.createDirectories(parent);
      removeLeftovers(parent);
      Path staging = parent.resolve(uniqueName(STAGING_PREFIX));
      Optional<Set<Path>> former = SpareSite.claim(out, staging);
      if (former.isEmpty()) {
        // Not createTempDirectory: its owner-only permissions would end up on the published site.
        Files.createDirectory(staging);
      }
      Files.writeString(staging.resolve(MARKER), "handbook output folder\n", StandardCharsets.UTF_8);
      return new OutputFolder(out, staging, former.orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses a {@code target} a build may not replace: the content, the templates or a repository, a file, or a
   * folder without our marker. The command line asks before any work, so that a wrong {@code --out} is wrong usage.
   */
  public static void checkTarget(Path target, Path contentDir, Path templatesDir, String shownPath) {
    Path out = target.toAbsolutePath().normalize();
    refuseDangerous(out, contentDir, templatesDir, shownPath);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ContentException(Diagnostic.error("output-file", shownPath, 1, 1,
          "the output folder " + shownPath + " is a file, not a folder", "choose a folder for --out, e.g. site"));
    }
    if (Files.exists(out) && !isOurs(out) && !isEmptyDir(out)) {
      throw new ContentException(Diagnostic.error("output-foreign", shownPath, 1, 1,
          "the output folder " + shownPath + " exists and was not made by handbook; refusing to replace it",
          "choose another --out, or delete the folder yourself"));
    }
  }

  public Path staging() {
    return staging;
  }

  /** Writes the files of the build into the staging folder; what it wrote is what {@link #commit} publishes. */
  public SiteFiles files() {
    return files;
  }

  public Path target() {
    return target;
  }

  /**
   * Puts the finished build in place; {@code large}: the site has many pages, and the one it replaces is kept
   * for the next build to write over ({@link SpareSite}); a small one is deleted ({@link OldSiteRemover}).
   */
  public void commit(boolean large) {
    try {
      if (formerFiles != null) {
        SpareSite.removeUnwritten(staging, formerFiles, files.written());
      }
      Path parent = target.getParent();
      Path old = null;
      if (Files.exists(target)) {
        old = parent.resolve(oldSiteName());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      if (old != null && !(large && SpareSite.keep(old, target))) {
        OldSiteRemover.remove(old, large);
      }
      if (!large) {
        dropSpare(parent); // the site has become small: a spare is only weight now
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void dropSpare(Path parent) throws IOException {
    Path spare = SpareSite.of(target);
    if (Files.isRegularFile(spare.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      Path old = parent.resolve(oldSiteName());
      Files.move(spare, old, StandardCopyOption.ATOMIC_MOVE);
      OldSiteRemover.remove(old, true);
    }
  }

  /**
   * Throws away the staging folder; the old output stays as it was. Best effort: it runs while an error is on
   * its way out (which it must not replace), and pages rendered in parallel may still be landing in the folder.
   * What cannot be deleted now is a leftover that the next build removes.
   */
  public void abandon() {
    if (formerFiles != null && SpareSite.keep(staging, target)) {
      return; // a former site's files, some rewritten: the next build writes over them all the same
    }
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        deleteTree(staging);
        return;
      } catch (UncheckedIOException stillInUse) {
        pause(50L << attempt);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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

  /** A folder a build moved aside when it put its site in place: our name and our marker. */
  static boolean isOldSite(Path dir) {
    return dir.getFileName() != null && dir.getFileName().toString().startsWith(OLD_PREFIX) && isOurs(dir);
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
            || p.getFileName().toString().startsWith(OLD_PREFIX)
            || p.getFileName().toString().startsWith(BODIES_PREFIX))) {
      for (Path leftover : entries) {
        try {
          if (leftover.getFileName().toString().startsWith(BODIES_PREFIX)) {
            if (ownerIsGone(leftover) && Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
              Files.deleteIfExists(leftover); // a killed build's scratch file: nothing else has the name
            }
            continue;
          }
          // An old site is being deleted by the process it is named after, however long that takes.
          boolean old = leftover.getFileName().toString().startsWith(OLD_PREFIX);
          boolean abandoned = ownerIsGone(leftover) || (!old && !isRecentlyModified(leftover));
          // An empty folder is what a build killed before it wrote the marker leaves.
          if (abandoned && (isOurs(leftover) || isEmptyDir(leftover))) {
            deleteTree(leftover);
          }
        } catch (IOException | java.io.UncheckedIOException e) {
          // Cleanup only: another build in the same folder may be removing it right now; the next build retries.
        }
      }
    }
  }

  /** A new name for an old site, after this process: it is ours to delete while this process runs. */
  static String oldSiteName() {
    return uniqueName(OLD_PREFIX);
  }

  private static String uniqueName(String prefix) {
    return prefix + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
  }

  /** True when the folder names a process that no longer runs (a build that was killed). */
  private static boolean ownerIsGone(Path leftover) {
    String name = leftover.getFileName().toString();
    String prefix = name.startsWith(STAGING_PREFIX) ? STAGING_PREFIX
        : name.startsWith(BODIES_PREFIX) ? BODIES_PREFIX : OLD_PREFIX;
    String rest = name.substring(prefix.length());
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    try {
      long pid = Long.parseLong(rest.substring(0, dash));
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A staging folder touched in the last minute may belong to a build running right now. */
  private static boolean isRecentlyModified(Path dir) throws IOException {
    return Files.getLastModifiedTime(dir).toMillis() > System.currentTimeMillis() - 60_000;
  }

  /**
   * Deletes a folder; its marker goes last, so that a deletion cut short still leaves a folder known as ours.
   * Files go from every core (a large site has tens of thousands), then folders, deepest first.
   */
  static void deleteTree(Path root) {
    deleteTree(root, true);
  }

  /** @param onEveryCore files are deleted from every core, else one after another */
  static void deleteTree(Path root, boolean onEveryCore) {
    if (!Files.exists(root)) {
      return;
    }
    Path marker = root.resolve(MARKER);
    List<Path> files = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(p -> (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? dirs : files).add(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.remove(marker);
    (onEveryCore ? files.parallelStream() : files.stream()).forEach(file -> {
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    dirs.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    try {
      for (Path dir : dirs) {
        if (dir.equals(root)) {
          // Only an empty folder but for the marker loses it: anything that landed meanwhile keeps it ours.
          try (DirectoryStream<Path> left = Files.newDirectoryStream(dir, p -> !p.equals(marker))) {
            if (left.iterator().hasNext()) {
              throw new DirectoryNotEmptyException(dir.toString());
            }
          }
          Files.deleteIfExists(marker);
        }
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
