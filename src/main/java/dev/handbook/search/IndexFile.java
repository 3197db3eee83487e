package dev.handbook.search;

/**
 * One generated index file.
 *
 * @param path relative to the site root, with forward slashes, e.g. {@code search/index-en.js}
 * @param content the file's text (written as UTF-8)
 */
public record IndexFile(String path, String content) {}
