package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, byte-identical site: the real handbook built twice. */
class DeterminismTest {
  @TempDir Path temp;

  @Test
  void twoBuildsOfTheRealHandbookAreByteIdentical() throws IOException {
    Path first = temp.resolve("one/site");
    Path second = temp.resolve("two/site");
    assertFalse(Fixtures.build(Fixtures.realContent(), first, true).failed());
    assertFalse(Fixtures.build(Fixtures.realContent(), second, true).failed());
    List<Path> files = files(first);
    assertEquals(files, files(second), "both builds write the same files");
    for (Path relative : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve(relative)), Files.readAllBytes(second.resolve(relative)),
          "bytes differ: " + relative);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
