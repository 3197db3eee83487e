package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.BuildReport;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Handbooks built with {@code --strict} for tests, and what tests need to know about their pages. Each is
 * built at most once per test JVM (every class that asks gets the same folder, which no test changes)
 * into java.io.tmpdir, the build folder under Surefire, and removed when the JVM ends.
 */
public final class HandbookSite {
  public static final List<String> LANGUAGES = List.of("vi", "en", "fa");
  /** Every page kind, as in {@code <html data-kind>}. */
  public static final List<String> KINDS =
      List.of("root", "home", "chapter", "topics", "topic", "search", "print", "help", "404");

  private static final Pattern KIND = Pattern.compile("<html [^>]*data-kind=\"([^\"]+)\"");
  private static final Map<Path, Path> BUILT = new HashMap<>();

  private HandbookSite() {}

  /** The real handbook of {@code content/}. */
  public static Path real() {
    return built(Fixtures.realContent());
  }

  /**
   * The {@code reading} fixture: one chapter per language, each with answered and open questions, code
   * blocks (Python, bash, SQL, JSON, HTML), inline code, a wide table and long words; for what the real
   * handbook lacks in a language (Persian code blocks, Vietnamese questions).
   */
  public static Path reading() {
    return built(Fixtures.fixtureContent("reading"));
  }

  private static synchronized Path built(Path content) {
    Path site = BUILT.get(content);
    if (site == null) {
      try {
        Path parent = Files.createTempDirectory("handbook-site");
        site = parent.resolve("site");
        BuildReport report = Fixtures.build(content, site, true);
        assertFalse(report.failed(), () -> content + " must build with --strict: " + report.diagnostics());
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "no site was written");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(parent)));
        BUILT.put(content, site);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return site;
  }

  /** Every generated HTML page, as paths below the site root with '/' separators, sorted. */
  public static List<String> htmlPages(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> site.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's kind from its {@code <html data-kind>}. */
  public static String kindOf(Path site, String page) {
    Matcher m = KIND.matcher(Fixtures.read(site.resolve(page)));
    return m.find() ? m.group(1) : "";
  }

  /** Pages of one kind, in path order. */
  public static List<String> pagesOfKind(Path site, String kind) {
    return htmlPages(site).stream().filter(p -> kindOf(site, p).equals(kind)).toList();
  }

  /**
   * One page of every kind for a language, keyed by kind: the language's pages for the per-language
   * kinds (its first chapter and first topic), and the shared root chooser and 404 page.
   */
  public static Map<String, String> onePerKind(Path site, String lang) {
    Map<String, String> pages = new LinkedHashMap<>();
    for (String kind : KINDS) {
      pagesOfKind(site, kind).stream()
          .filter(p -> kind.equals("root") || kind.equals("404") || p.startsWith(lang + "/"))
          .findFirst()
          .ifPresent(p -> pages.put(kind, p));
    }
    assertTrue(pages.keySet().containsAll(KINDS), () -> lang + " lacks page kinds: " + pages.keySet());
    return pages;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort at JVM exit; the folder is under the build directory anyway.
    }
  }
}
