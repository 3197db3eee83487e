package dev.handbook.search;

import dev.handbook.content.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/** Writes the search index of all pages into a site output folder (format: {@link SearchIndexFiles}). */
public final class SearchIndexWriter {
  /**
   * What was written.
   *
   * @param documents search documents (sections and questions) of all languages
   * @param files files written
   * @param bytes their total size
   */
  public record Summary(int documents, int files, long bytes) {}

  private SearchIndexWriter() {}

  /**
   * @param outDir the site root being built; files go under {@code outDir/search/}
   * @param pages all pages of all languages
   * @param languages the site's languages in display order
   * @param topics topic ids per section/question
   */
  public static Summary write(Path outDir, List<Page> pages, List<String> languages, SearchTopics topics) {
    return write(outDir, SearchDocuments.of(pages, topics).stream().map(DocumentTerms::index).toList(), languages);
  }

  /**
   * @param docs documents of all languages in index order ({@link SearchDocuments#of}), terms weighed
   */
  public static Summary write(Path outDir, List<IndexedDocument> docs, List<String> languages) {
    List<IndexFile> files = SearchIndexFiles.buildIndexed(docs, languages);
    // Thousands of small files: each folder is made once, the files are written from every core.
    files.stream().map(f -> outDir.resolve(f.path()).getParent()).distinct().forEach(dir -> {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the search index under " + outDir, e);
      }
    });
    long bytes = files.parallelStream().mapToLong(file -> {
      byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
      try {
        Files.write(outDir.resolve(file.path()), content);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the search index under " + outDir, e);
      }
      return content.length;
    }).sum();
    return new Summary(docs.size(), files.size(), bytes);
  }

  /**
   * @param files writes one file (a path relative to the site root, UTF-8 bytes), from any thread
   * @param docs documents of all languages in index order ({@link SearchDocuments#of}), terms weighed
   */
  public static Summary write(BiConsumer<String, byte[]> files, List<IndexedDocument> docs,
      List<String> languages) {
    AtomicInteger count = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    // Each file is written as soon as it is made.
    SearchIndexFiles.emitIndexed(docs, languages, file -> {
      byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
      files.accept(file.path(), content);
      count.incrementAndGet();
      bytes.addAndGet(content.length);
    });
    return new Summary(docs.size(), count.get(), bytes.get());
  }
}
