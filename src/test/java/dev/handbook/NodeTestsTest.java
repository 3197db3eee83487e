package dev.handbook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code src/test/js/*.test.mjs} with Node's test runner, one JUnit test per file. */
class NodeTestsTest {
  private static final Path PROJECT = Path.of(System.getProperty("handbook.projectDir", "."));
  private static final Path JS_TESTS = PROJECT.resolve("src/test/js");

  @TestFactory
  Stream<DynamicTest> nodeTestFiles() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(JS_TESTS)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".test.mjs")).sorted().toList();
    }
    assertTrue(!files.isEmpty(), "no *.test.mjs under " + JS_TESTS);
    return files.stream().map(file -> DynamicTest.dynamicTest(
        JS_TESTS.relativize(file).toString(), () -> runNode(file)));
  }

  private static void runNode(Path file) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder("node", "--test", "--test-reporter=spec", file.toString())
          .directory(PROJECT.toFile())
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      fail("cannot start `node` (Node.js 20+ must be on PATH to run " + file + "): " + e.getMessage());
      return;
    }
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("node --test timed out for " + file + "\n" + output);
    }
    assertEquals(0, process.exitValue(), () -> "node --test failed for " + file + ":\n" + output);
  }
}
