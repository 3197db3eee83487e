package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM settings {@code ./handbook} picks: on one or two cores the serial collector, and the C1 compiler alone for
 * a handbook of fewer than 6,000 Markdown files; the JVM's defaults on more cores; HANDBOOK_JAVA_OPTS over all.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("handbook").toAbsolutePath();

  @TempDir Path temp;

  private static String run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("HANDBOOK_JAVA_OPTS");
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), out);
    return out;
  }

  private static boolean smallMachine() throws IOException, InterruptedException {
    Process nproc = new ProcessBuilder("nproc").start();
    String cores = new String(nproc.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
    nproc.waitFor(10, TimeUnit.SECONDS);
    return Integer.parseInt(cores) <= 2;
  }

  private Path largeContent() throws IOException {
    Path content = Files.createDirectories(temp.resolve("large/en"));
    for (int i = 0; i < 6_000; i++) {
      Files.createFile(content.resolve("chapter-" + i + ".md"));
    }
    return content.getParent();
  }

  @Test
  void aSmallHandbookIsCompiledByC1AloneOnASmallMachine() throws Exception {
    String small = run(Map.of(), "--jvm-options", "--content", Fixtures.fixtureContent("small").toString());
    if (smallMachine()) {
      assertTrue(small.contains("-XX:+UseSerialGC") && small.contains("-XX:TieredStopAtLevel=1"), small);
    } else {
      assertEquals("", small, "more cores: the JVM's defaults");
    }
  }

  @Test
  void aLargeHandbookKeepsC2() throws Exception {
    Path large = largeContent();
    String spaced = run(Map.of(), "--jvm-options", "--content", large.toString());
    String joined = run(Map.of(), "--jvm-options", "--content=" + large);
    assertEquals(spaced, joined, "--content DIR and --content=DIR are the same folder");
    if (smallMachine()) {
      assertTrue(spaced.contains("-XX:+UseSerialGC") && spaced.contains("-XX:FreqInlineSize=100"), spaced);
      assertFalse(spaced.contains("TieredStopAtLevel"), spaced);
    } else {
      assertEquals("", spaced);
    }
  }

  @Test
  void handbookJavaOptsReplaceTheSettings() throws Exception {
    assertEquals("-Xmx1g -XX:+UseG1GC", run(Map.of("HANDBOOK_JAVA_OPTS", "-Xmx1g -XX:+UseG1GC"), "--jvm-options"));
  }
}
