package dev.handbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic three-language handbook of a given number of pages, with the layout of {@code content/}:
 * {@code handbook.yml}, {@code topics.yml}, and {@code vi/}, {@code en/}, {@code fa/} Markdown pages. The same
 * page count always gives the same bytes: every page is made from its own seeded {@link java.util.SplittableRandom}
 * and its index alone, so pages can be written in parallel.
 */
public final class CorpusGenerator {
  /** The seed of every corpus; changing it changes every benchmark figure. */
  public static final long SEED = 0x68616E64626F6F6BL;
  /** A hidden file that marks a folder as a generated corpus, so that it may be replaced. */
  public static final String MARKER = ".handbook-bench-corpus";

  /**
   * What was written.
   *
   * @param pagesPerLanguage pages per language code, in language order
   * @param words words of all pages that a reader reads (not code, not front matter), runs between spaces
   * @param bytes bytes of all files
   */
  public record Summary(Map<String, Integer> pagesPerLanguage, long words, long bytes) {
    public int pages() {
      return pagesPerLanguage.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private CorpusGenerator() {}

  /**
   * Writes {@code pages} pages into {@code out}, which must be missing, empty, or an earlier corpus (replaced).
   *
   * @throws IllegalArgumentException when {@code out} holds other files, or {@code pages} is not positive
   */
  public static Summary generate(int pages, Path out) {
    if (pages < 1) {
      throw new IllegalArgumentException("--pages must be at least 1");
    }
    prepare(out);
    Vocabularies words = new Vocabularies(PagePlan.LANGUAGES);
    PageComposer composer = new PageComposer(SEED, pages, words, i -> PagePlan.of(i, SEED, words));
    AtomicLong bytes = new AtomicLong();
    AtomicLong wordCount = new AtomicLong();
    bytes.addAndGet(write(out.resolve(MARKER), "handbook bench-corpus --pages " + pages + "\n"));
    bytes.addAndGet(write(out.resolve("handbook.yml"), handbookYaml()));
    bytes.addAndGet(write(out.resolve("topics.yml"), BenchTopics.yaml(PagePlan.LANGUAGES)));
    IntStream.range(0, pages).parallel().forEach(i -> {
      PagePlan plan = PagePlan.of(i, SEED, words);
      PageComposer.Composed page = composer.compose(plan);
      wordCount.addAndGet(page.words());
      bytes.addAndGet(write(out.resolve(plan.lang()).resolve(plan.fileName()), page.text()));
    });
    Map<String, Integer> perLanguage = new LinkedHashMap<>();
    for (int position = 0; position < PagePlan.LANGUAGES.size(); position++) {
      perLanguage.put(PagePlan.LANGUAGES.get(position), PagePlan.pagesIn(position, pages));
    }
    return new Summary(perLanguage, wordCount.get(), bytes.get());
  }

  private static void prepare(Path out) {
    try {
      if (Files.exists(out)) {
        if (!Files.isDirectory(out)) {
          throw new IllegalArgumentException(out + " is a file, not a folder");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(out)) {
          empty = entries.findAny().isEmpty();
        }
        if (!empty && !Files.isRegularFile(out.resolve(MARKER))) {
          throw new IllegalArgumentException(out + " is not empty and was not made by bench-corpus; "
              + "choose an empty or new folder");
        }
        deleteContents(out);
      }
      for (String lang : PagePlan.LANGUAGES) {
        Files.createDirectories(out.resolve(lang));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteContents(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(dir)) {
          Files.delete(path);
        }
      }
    }
  }

  private static long write(Path file, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.length;
  }

  private static String handbookYaml() {
    return """
        # A synthetic handbook for the benchmark (handbook bench-corpus); regenerate instead of editing.
        title:
          vi: "Sổ tay thử tải"
          en: "Benchmark handbook"
          fa: "کتابچهٔ آزمون سرعت"
        description:
          vi: "Một sổ tay tổng hợp để đo tốc độ dựng trang."
          en: "A synthetic handbook to measure how fast the site builds."
          fa: "یک کتابچهٔ ساختگی برای اندازه\u200cگیری سرعت ساخت سایت."
        languages:
          - {code: vi, name: "Tiếng Việt", dir: ltr, order: 1}
          - {code: en, name: "English", dir: ltr, order: 2}
          - {code: fa, name: "فارسی", dir: rtl, order: 3}
        default_language: en
        edit_url: https://example.org/handbook/edit/main/content/
        """;
  }
}
