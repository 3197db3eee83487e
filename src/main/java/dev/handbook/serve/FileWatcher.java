package dev.handbook.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them (folders created later too) and reports what changed, once the
 * changes have been quiet for the debounce time: an editor's save is often several events (write, rename,
 * attributes) and a rebuild per event would be wasted.
 */
final class FileWatcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Duration debounce;
  private final Consumer<Set<Path>> onChange;
  private final Thread thread;

  FileWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.debounce = debounce;
    this.onChange = onChange;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root.toAbsolutePath().normalize());
      }
    }
    this.thread = new Thread(this::loop, "handbook-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }

  private void loop() {
    try {
      while (true) {
        Set<Path> changed = new TreeSet<>();
        collect(service.take(), changed);
        // Gather the rest of the burst: stop once nothing came for the debounce time.
        WatchKey next;
        while ((next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          collect(next, changed);
        }
        if (!changed.isEmpty()) {
          onChange.accept(changed);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(folder); // events were lost: something in this folder changed
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (ignored(path)) {
        continue;
      }
      changed.add(path);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        try {
          registerTree(path);
          // Files written into the new folder before it was watched count as changes too.
          try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile).forEach(changed::add);
          }
        } catch (IOException | UncheckedIOException goneAgain) {
          // The folder was removed again before it could be watched; the rebuild sees the current state.
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  /** Editors' swap, backup and temporary files: not sources, and saving one must not rebuild. */
  private static boolean ignored(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp");
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      Iterable<Path> subfolders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator;
      for (Path folder : subfolders) {
        if (!hiddenBelow(root, folder)) {
          WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
          folders.put(key, folder);
        }
      }
    }
  }

  private static boolean hiddenBelow(Path root, Path folder) {
    for (Path part : root.relativize(folder)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
