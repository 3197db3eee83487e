package dev.handbook.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a build spends its time, from a Java Flight Recorder file: CPU samples per build step (writing files
 * wherever it happens, else the step whose entry point is on the stack), the hottest methods, and garbage
 * collection pauses. Used by {@code bench/profile.sh}:
 * {@code java -cp handbook.jar dev.handbook.bench.JfrSummary build.jfr}.
 */
public final class JfrSummary {
  /** Classes whose frames mean the sample is writing the site, wherever it is called from. */
  private static final List<String> WRITERS = List.of(
      "dev.handbook.build.SiteFiles", "dev.handbook.build.OutputFolder", "java.io.FileOutputStream");
  private static final List<String> FILE_WRITES = List.of(
      "write", "newOutputStream", "copy", "createDirectories", "delete", "move", "writeString");
  /** Entry points of the build's steps, looked for from the bottom of the stack up. */
  private static final List<Map.Entry<String, String>> STAGES = List.of(
      Map.entry("dev.handbook.content.SourceFinder", "find sources"),
      Map.entry("dev.handbook.build.PageParser", "parse"),
      Map.entry("dev.handbook.topics.TopicAssigner", "topics"),
      Map.entry("dev.handbook.render.ChapterBodies", "render bodies (while parsing)"),
      Map.entry("dev.handbook.build.BodyStore", "render bodies (while parsing)"),
      Map.entry("dev.handbook.check.", "links"),
      Map.entry("dev.handbook.build.LinkTargets", "links"),
      Map.entry("dev.handbook.render.SiteRenderer", "render"),
      Map.entry("dev.handbook.search.", "search index"),
      Map.entry("dev.handbook.build.Sitemap", "write"),
      Map.entry("dev.handbook.config.", "config and templates"),
      Map.entry("dev.handbook.topics.TopicsLoader", "config and templates"),
      Map.entry("dev.handbook.render.", "config and templates"));
  private static final int TOP = 25;

  private JfrSummary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JfrSummary FILE.jfr");
      System.exit(2);
    }
    print(Path.of(args[0]), System.out);
  }

  static void print(Path file, PrintStream out) throws IOException {
    Map<String, Integer> stages = new LinkedHashMap<>();
    Map<String, Integer> selfFrames = new HashMap<>();
    Map<String, Integer> handbookFrames = new HashMap<>();
    Map<String, Map<String, Integer>> perStage = new LinkedHashMap<>();
    int samples = 0;
    Duration gcPause = Duration.ZERO;
    int collections = 0;
    Duration compiling = Duration.ZERO;
    long compiled = 0;
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        String type = event.getEventType().getName();
        if (type.equals("jdk.CompilerStatistics")) {
          // Cumulative: the last event of the recording holds the totals.
          compiling = event.getDuration("totalTimeSpent");
          compiled = event.getLong("compileCount");
        } else if (type.equals("jdk.GarbageCollection")) {
          gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
          collections++;
        } else if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
          samples++;
          RecordedStackTrace stack = event.getStackTrace();
          List<RecordedFrame> frames = stack.getFrames();
          if (!frames.isEmpty()) {
            selfFrames.merge(name(frames.get(0)), 1, Integer::sum);
          }
          String stage = stageOf(frames);
          stages.merge(stage, 1, Integer::sum);
          String method = frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("dev.handbook."))
              .findFirst().map(JfrSummary::name).orElse("(library or JVM only)");
          handbookFrames.merge(method, 1, Integer::sum);
          perStage.computeIfAbsent(stage, k -> new HashMap<>()).merge(method, 1, Integer::sum);
        }
      }
    }
    out.printf(Locale.ROOT, "CPU samples: %d; garbage collections: %d, %d ms paused%n", samples, collections,
        gcPause.toMillis());
    // The JIT's threads are not in the samples (they run no Java code), but on two cores they take CPU from them.
    out.printf(Locale.ROOT, "JIT compilation: %d methods in %d ms of compiler threads%n", compiled,
        compiling.toMillis());
    out.println();
    out.println("| stage | share of CPU samples |");
    out.println("|---|---:|");
    for (Map.Entry<String, Integer> e : sorted(stages)) {
      out.printf(Locale.ROOT, "| %s | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples));
    }
    table(out, "hottest methods (self)", selfFrames, samples);
    table(out, "hottest handbook methods (first handbook frame from the top)", handbookFrames, samples);
    out.println();
    out.println("| stage | its hottest handbook methods (share of all samples) |");
    out.println("|---|---|");
    for (Map.Entry<String, Integer> stage : sorted(stages)) {
      StringBuilder top = new StringBuilder();
      for (Map.Entry<String, Integer> e : sorted(perStage.get(stage.getKey())).stream().limit(5).toList()) {
        top.append(top.length() > 0 ? ", " : "").append('`').append(e.getKey()).append("` ")
            .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * e.getValue() / Math.max(1, samples)));
      }
      out.println("| " + stage.getKey() + " | " + top + " |");
    }
  }

  /** Writing wins wherever it happens; otherwise the step whose entry point is lowest on the stack. */
  private static String stageOf(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (WRITERS.stream().anyMatch(type::startsWith)
          || (type.equals("java.nio.file.Files") && FILE_WRITES.contains(frame.getMethod().getName()))) {
        return "write";
      }
    }
    for (int i = frames.size() - 1; i >= 0; i--) {
      String type = frames.get(i).getMethod().getType().getName();
      for (Map.Entry<String, String> stage : STAGES) {
        if (type.startsWith(stage.getKey())) {
          return stage.getValue();
        }
      }
    }
    return "other (start-up, picocli, class loading)";
  }

  private static void table(PrintStream out, String title, Map<String, Integer> counts, int samples) {
    out.println();
    out.println("| " + title + " | share |");
    out.println("|---|---:|");
    sorted(counts).stream().limit(TOP).forEach(e ->
        out.printf(Locale.ROOT, "| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)));
  }

  private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return list;
  }

  private static String name(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
  }
}
