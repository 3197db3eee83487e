package dev.handbook.build;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deletes the site a finished build replaced. The new site is already in place, so a large old one is handed to
 * a process of its own that goes on after the build has returned: on a disk that discards freed blocks, deleting
 * ten thousand pages takes seconds that nobody needs to wait for. Should that process be stopped early, the old
 * folder keeps its marker and name, and the next build removes what is left of it.
 */
final class OldSiteRemover {
  /** Below this many pages the old site is deleted before the build returns: quicker than starting a process. */
  static final int DETACH_FROM_PAGES = 500;

  private static final Path NICE = Path.of("/usr/bin/nice");

  private OldSiteRemover() {}

  /** Deletes {@code old} now, or in a detached process when it holds a large site; never throws. */
  static void remove(Path old, boolean large) {
    if (large && startDetached(old)) {
      return;
    }
    try {
      OutputFolder.deleteTree(old);
    } catch (UncheckedIOException leftover) {
      // The new site is in place; the next build removes what is left of the old one.
    }
  }

  private static boolean startDetached(Path old) {
    Optional<String> java = ProcessHandle.current().info().command();
    String classPath = System.getProperty("java.class.path", "");
    if (java.isEmpty() || classPath.isEmpty()) {
      return false;
    }
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(NICE)) {
      command.addAll(List.of(NICE.toString(), "-n", "15")); // behind whatever the machine does next
    }
    command.addAll(List.of(java.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
        "-cp", classPath, OldSiteRemover.class.getName(), old.toAbsolutePath().toString()));
    try {
      new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static String nullDevice() {
    return File.separatorChar == '\\' ? "NUL" : "/dev/null";
  }

  /** The detached process: deletes one old site folder, and only one that a build moved aside. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.exit(2);
    }
    Path old = Path.of(args[0]);
    if (!OutputFolder.isOldSite(old) || !Files.isDirectory(old)) {
      System.exit(2);
    }
    try {
      // Named after this process from now on, so that a build starting meanwhile leaves the folder to it.
      Path mine = Files.move(old, old.resolveSibling(OutputFolder.oldSiteName()));
      OutputFolder.deleteTree(mine, false); // one file at a time: the next build may be running beside it
    } catch (IOException | UncheckedIOException leftover) {
      System.exit(1);
    }
  }
}
