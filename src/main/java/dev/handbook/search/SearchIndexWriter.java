package dev.handbook.search;

import dev.handbook.content.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    List<SearchDocument> docs = SearchDocuments.of(pages, topics);
    List<IndexFile> files = SearchIndexFiles.build(docs, languages);
    long bytes = 0;
    try {
      for (IndexFile file : files) {
        Path target = outDir.resolve(file.path());
        Files.createDirectories(target.getParent());
        byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
        Files.write(target, content);
        bytes += content.length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index under " + outDir, e);
    }
    return new Summary(docs.size(), files.size(), bytes);
  }
}
