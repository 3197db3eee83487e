package dev.handbook.testing;

import dev.handbook.build.BuildOptions;
import dev.handbook.build.BuildReport;
import dev.handbook.build.Pipeline;
import dev.handbook.content.PathDisplay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Shared helpers for tests that build whole handbooks. */
public final class Fixtures {
  private Fixtures() {}

  /** The project folder (Surefire runs tests there; the property makes it explicit). */
  public static Path projectDir() {
    return Path.of(System.getProperty("handbook.projectDir", ".")).toAbsolutePath().normalize();
  }

  public static Path templates() {
    return projectDir().resolve("templates");
  }

  public static Path realContent() {
    return projectDir().resolve("content");
  }

  /** {@code src/test/resources/fixtures/NAME/content}. */
  public static Path fixtureContent(String name) {
    return projectDir().resolve("src/test/resources/fixtures").resolve(name).resolve("content");
  }

  public static BuildReport build(Path content, Path out, boolean strict) {
    return new Pipeline(new PathDisplay(projectDir())).run(
        new BuildOptions(content, templates(), out, strict, true, false));
  }

  /** Copies a folder tree, e.g. a fixture into a temporary folder a test may change. */
  public static Path copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
