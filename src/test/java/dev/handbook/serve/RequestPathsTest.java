package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which request paths name a file of the site, and which are refused before the file system is asked. */
class RequestPathsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "/                            | ''",
      "/en/                         | en",
      "/en/django-notes/index.html  | en/django-notes/index.html",
      "/fa/%D8%AC%D9%86%DA%AF%D9%88/ | fa/جنگو",
      "/assets/a+b.css              | assets/a+b.css",
      "/en/%2525/                   | en/%25",
  })
  void mapsSitePaths(String raw, String relative) {
    assertEquals(Optional.of(relative), RequestPaths.relative(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en/", "/..", "/../x", "/en/../../x", "/%2e%2e/x", "/%2E%2e/x", "/en/%2e%2e%2f%2e%2e/x",
      "/a%2f..%2f..%2fx", "/..%5cx", "/a\\b", "//etc/passwd", "/C:/x", "/.hidden", "/en/./x", "/%00", "/%zz",
      "/%c0%ae%c0%ae/x", "/%ff", "/ü"})
  void refusesEverythingElse(String raw) {
    assertEquals(Optional.empty(), RequestPaths.relative(raw), raw);
  }

  @Test
  void refusesOverlongPaths() {
    assertEquals(Optional.empty(), RequestPaths.relative("/" + "a".repeat(RequestPaths.MAX_LENGTH)));
  }

  @Test
  void resolvedPathsStayInsideTheRoot() {
    Path root = Path.of("/srv/site");
    assertEquals(Optional.of(Path.of("/srv/site/en/index.html")), RequestPaths.resolve(root, "en/index.html"));
    assertEquals(Optional.of(root), RequestPaths.resolve(root, ""));
    assertTrue(RequestPaths.resolve(root, "../etc").isEmpty());
  }
}
