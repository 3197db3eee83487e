package dev.handbook.bench;

import dev.handbook.build.BuildOptions;
import dev.handbook.build.BuildReport;
import dev.handbook.build.Pipeline;
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

/**
 * Times what {@code handbook serve} does on a save, in one warm JVM: the rebuild it runs (the whole pipeline
 * in serve mode, as {@code dev.handbook.serve.DevServer} calls it) after no change, and after a one-file change
 * that edits a sentence of one chapter. The changed file is restored at the end.
 */
public final class RebuildBench {
  /**
   * Median timings in milliseconds.
   *
   * @param first the first build in this JVM (cold)
   * @param noChange rebuilds with nothing changed
   * @param oneFile rebuilds after one chapter was edited
   * @param lastSteps milliseconds per pipeline step of the last one-file rebuild
   */
  public record Result(long first, List<Long> noChange, List<Long> oneFile, Map<String, Long> lastSteps) {
    public long medianNoChange() {
      return median(noChange);
    }

    public long medianOneFile() {
      return median(oneFile);
    }
  }

  private RebuildBench() {}

  /**
   * @param saves how many rebuilds of each kind (after a few warm-up builds)
   * @param warmups untimed builds before the timed ones, so the JIT has compiled the hot code as in a long serve
   */
  public static Result run(Path content, Path templates, Path out, int saves, int warmups, PrintWriter log) {
    Pipeline pipeline = new Pipeline(new PathDisplay(Path.of("")));
    BuildOptions options = new BuildOptions(content, templates, out, false, true, true);
    long start = System.nanoTime();
    BuildReport cold = pipeline.run(options);
    long first = (System.nanoTime() - start) / 1_000_000;
    check(cold);
    log.printf(Locale.ROOT, "first build: %d ms, steps %s%n", first, cold.stepMillis());
    log.flush();
    for (int i = 0; i < warmups; i++) {
      timed(pipeline, options);
    }
    List<Long> noChange = new ArrayList<>();
    for (int i = 0; i < saves; i++) {
      noChange.add(timed(pipeline, options));
    }
    log.printf(Locale.ROOT, "no-change rebuilds: %s ms%n", noChange);
    log.flush();
    Path chapter = someChapter(content);
    String original = read(chapter);
    List<Long> oneFile = new ArrayList<>();
    BuildReport last = null;
    try {
      for (int i = 0; i < saves; i++) {
        write(chapter, original + "\nA sentence added by the rebuild benchmark, save " + (i + 1) + ".\n");
        long saved = System.nanoTime();
        last = pipeline.run(options);
        oneFile.add((System.nanoTime() - saved) / 1_000_000);
        check(last);
      }
    } finally {
      write(chapter, original);
    }
    log.printf(Locale.ROOT, "one-file rebuilds (%s): %s ms, last steps %s%n", chapter, oneFile,
        last == null ? Map.of() : last.stepMillis());
    log.flush();
    return new Result(first, noChange, oneFile, last == null ? Map.of() : last.stepMillis());
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

  private static long timed(Pipeline pipeline, BuildOptions options) {
    long start = System.nanoTime();
    BuildReport report = pipeline.run(options);
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
