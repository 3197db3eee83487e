package dev.handbook.bench;

import dev.handbook.build.BuildOptions;
import dev.handbook.build.BuildReport;
import dev.handbook.build.SiteSession;
import dev.handbook.content.PathDisplay;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Times what {@code handbook serve} does on a save, in one warm JVM, through the same {@link SiteSession}: a save
 * with no change, a save that edits a sentence of one chapter, and a full rebuild (what a change to topics or
 * templates costs). For saves, the time until the chapter page is written (what the reloaded page shows) and,
 * apart, until the search index and print page have caught up in the background. The changed file is restored.
 */
public final class RebuildBench {
  /**
   * Timings in milliseconds.
   *
   * @param first the first (full) build in this JVM (cold)
   * @param noChange saves with nothing changed: until the page is written
   * @param oneFile saves after one chapter was edited: until the page is written
   * @param background after each one-file save: until the search index and print page are written too
   * @param full warm full rebuilds
   * @param lastSteps milliseconds per step of the last one-file rebuild
   */
  public record Result(long first, List<Long> noChange, List<Long> oneFile, List<Long> background, List<Long> full,
      Map<String, Long> lastSteps) {
    public long medianNoChange() {
      return median(noChange);
    }

    public long medianOneFile() {
      return median(oneFile);
    }

    public long medianBackground() {
      return median(background);
    }

    public long medianFull() {
      return median(full);
    }
  }

  private RebuildBench() {}

  /**
   * @param saves how many saves of each kind (after a few warm-up saves)
   * @param warmups untimed saves and full builds first, so the JIT has compiled the hot code as in a long serve
   */
  public static Result run(Path content, Path templates, Path out, int saves, int warmups, PrintWriter log) {
    BuildOptions options = new BuildOptions(content, templates, out, false, true, true);
    Path chapter = someChapter(content);
    String original = read(chapter);
    try (SiteSession session = new SiteSession(new PathDisplay(Path.of("")), options)) {
      long start = System.nanoTime();
      BuildReport cold = session.rebuild(Set.of());
      long first = (System.nanoTime() - start) / 1_000_000;
      check(cold);
      log.printf(Locale.ROOT, "first build: %d ms, steps %s%n", first, cold.stepMillis());
      log.flush();
      for (int i = 0; i < warmups; i++) {
        timed(session, Set.of());
        timed(session, Set.of(chapter));
        session.awaitBackground();
      }
      List<Long> noChange = new ArrayList<>();
      for (int i = 0; i < saves; i++) {
        noChange.add(timed(session, Set.of(chapter)));
        session.awaitBackground();
      }
      log.printf(Locale.ROOT, "no-change saves: %s ms%n", noChange);
      List<Long> oneFile = new ArrayList<>();
      List<Long> background = new ArrayList<>();
      BuildReport last = null;
      try {
        for (int i = 0; i < saves; i++) {
          write(chapter, original + "\nA sentence added by the rebuild benchmark, save " + (i + 1) + ".\n");
          long saved = System.nanoTime();
          last = session.rebuild(Set.of(chapter));
          oneFile.add((System.nanoTime() - saved) / 1_000_000);
          check(last);
          session.awaitBackground();
          background.add((System.nanoTime() - saved) / 1_000_000);
        }
      } finally {
        write(chapter, original);
      }
      log.printf(Locale.ROOT, "one-file saves (%s): %s ms, with search index and print page %s ms, last steps %s%n",
          chapter, oneFile, background, last == null ? Map.of() : last.stepMillis());
      List<Long> full = new ArrayList<>();
      for (int i = 0; i < Math.max(1, saves / 3); i++) {
        full.add(timed(session, Set.of()));
      }
      log.printf(Locale.ROOT, "full rebuilds: %s ms%n", full);
      log.flush();
      return new Result(first, noChange, oneFile, background, full, last == null ? Map.of() : last.stepMillis());
    }
  }

  static long median(List<Long> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static long timed(SiteSession session, Set<Path> changed) {
    long start = System.nanoTime();
    BuildReport report = session.rebuild(changed);
    long millis = (System.nanoTime() - start) / 1_000_000;
    check(report);
    return millis;
  }

  private static void check(BuildReport report) {
    if (report.failed() || !report.written()) {
      throw new IllegalStateException("the benchmark build failed: " + report.diagnostics());
    }
  }

  /** A chapter in the middle of the English folder, the one a contributor would be editing. */
  private static Path someChapter(Path content) {
    try (var files = Files.list(content.resolve("en"))) {
      List<Path> chapters = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
      if (chapters.isEmpty()) {
        throw new IllegalArgumentException("no chapter in " + content.resolve("en"));
      }
      return chapters.get(chapters.size() / 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
