package dev.handbook.content;

import java.nio.file.Path;

/**
 * A Markdown page found in the content folder.
 *
 * @param lang the language folder it lives in
 * @param slug URL path below the language, e.g. {@code django-notes} or {@code python/generators}
 * @param file absolute path to read
 * @param displayPath path as the user should see it in diagnostics
 * @param relativePath path relative to the content folder with '/' separators (for edit links)
 */
public record SourceFile(String lang, String slug, Path file, String displayPath, String relativePath) {}
