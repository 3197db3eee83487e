package dev.handbook.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.handbook.build.OutputFolder;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost when the process dies: a build in its own JVM, killed while it writes pages, leaves the previous
 * site byte for byte as it was, and the next build removes what the killed one left behind.
 */
class KillMidBuildTest {
  private static final int PAGES = 3000;

  @TempDir Path temp;

  @Test
  void aBuildKilledWhileWritingLeavesThePreviousSiteIntact() throws Exception {
    Path site = temp.resolve("site");
    Cli.build(Fixtures.fixtureContent("small"), site).expect(0);
    Map<String, String> before = snapshot(site);
    assertTrue(before.containsKey(OutputFolder.MARKER));

    Path large = generate(temp.resolve("large"));
    Path log = temp.resolve("build.log");
    Process build = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
        "dev.handbook.cli.Main", "build", "--quiet", "--content", large.toString(),
        "--templates", Fixtures.templates().toString(), "--out", site.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      Path staging = awaitWriting(build, temp, log);
      build.destroyForcibly();
      assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the killed build ended");
      assertTrue(Files.isDirectory(staging), "the kill came while pages were being written");
    } finally {
      build.destroyForcibly();
    }

    assertEquals(before, snapshot(site), "the previous site, marker included, is exactly as it was");

    Cli.build(Fixtures.fixtureContent("small"), site).expect(0);
    assertEquals(List.of("site"), names(temp).stream().filter(n -> n.startsWith(".handbook-") || n.equals("site"))
        .toList(), "the next build removed the killed build's staging folder");
    assertEquals(before.keySet(), snapshot(site).keySet());
  }

  /** Waits until the build has written a good part of its pages into its staging folder, and returns that. */
  private static Path awaitWriting(Process build, Path parent, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!build.isAlive()) {
        fail("the build ended before it could be killed (exit " + build.exitValue() + "):\n"
            + Files.readString(log));
      }
      Optional<Path> staging = names(parent).stream().filter(n -> n.startsWith(".handbook-staging-"))
          .map(parent::resolve).findFirst();
      if (staging.isPresent() && countPages(staging.get().resolve("en")) >= PAGES / 10) {
        return staging.get();
      }
      Thread.sleep(20);
    }
    fail("the build did not start writing within the time limit");
    return null;
  }

  private static long countPages(Path languageFolder) {
    try (Stream<Path> pages = Files.list(languageFolder)) {
      return pages.count();
    } catch (IOException notYet) {
      return 0;
    }
  }

  /** A one-language handbook of {@value #PAGES} pages: long enough to build for a few seconds. */
  private static Path generate(Path content) throws IOException {
    Files.createDirectories(content.resolve("en"));
    Files.writeString(content.resolve("handbook.yml"),
        "title: Large\nlanguages:\n  - {code: en, name: English, dir: ltr}\n");
    for (int i = 0; i < PAGES; i++) {
      StringBuilder page = new StringBuilder("---\ntitle: Page " + i + "\n---\n\n");
      for (int s = 0; s < 5; s++) {
        page.append("## Section ").append(s).append("\n\nNotes on topic ").append(i)
            .append(" with `code` and **bold** text.\n\n");
      }
      page.append("Q: What is page ").append(i).append("?\nA: A generated page.\n");
      Files.writeString(content.resolve("en/page-" + i + ".md"), page);
    }
    return content;
  }

  /** Every file below {@code root} with a digest of its bytes. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), digest(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
