package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.HandbookSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A chapter page stays light for a phone on a bus: its HTML plus every stylesheet and script it names,
 * each gzipped on its own as a server sends them (java.util.zip, default level 6), weigh at most 60 KB.
 * The search index is loaded only when a reader searches and is not counted; neither are fonts, which
 * are fetched only for Persian text.
 */
class PageWeightTest {
  static final int BUDGET = 60 * 1024;
  static Path site;

  @BeforeAll
  static void build() {
    site = HandbookSite.real();
  }

  @TestFactory
  Stream<DynamicTest> everyChapterPageWithItsCssAndJsFitsTheBudget() {
    List<String> chapters = HandbookSite.pagesOfKind(site, "chapter");
    assertFalse(chapters.isEmpty(), "no chapter pages found");
    return chapters.stream().map(page -> DynamicTest.dynamicTest(page, () -> {
      Path file = site.resolve(page);
      Document doc = Jsoup.parse(file.toFile());
      StringBuilder parts = new StringBuilder();
      long total = gzipped(file);
      parts.append("html ").append(total);
      for (Element e : doc.select("script[src], link[rel=stylesheet][href]")) {
        String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        Path asset = file.getParent().resolve(ref).normalize();
        assertTrue(Files.isRegularFile(asset), () -> page + " names a missing file " + ref);
        long size = gzipped(asset);
        total += size;
        parts.append(", ").append(asset.getFileName()).append(' ').append(size);
      }
      long sum = total;
      String report = String.format(Locale.ROOT, "%s: %d bytes gzipped (%s), budget %d", page, sum, parts, BUDGET);
      System.out.println("page weight " + report);
      assertTrue(sum <= BUDGET, report);
    }));
  }

  static long gzipped(Path file) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
        gzip.write(Files.readAllBytes(file));
      }
      return bytes.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
