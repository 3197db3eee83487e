package dev.handbook.build;

import java.nio.file.Path;

/**
 * What to build and how.
 *
 * @param contentDir the handbook's Markdown and configuration
 * @param templatesDir Pebble templates, i18n strings and assets
 * @param outDir where the site goes (replaced only by a finished build)
 * @param strict warnings count as errors
 * @param writeSite false for {@code check}: run every stage but write nothing
 * @param serveMode for {@code handbook serve}: the session's scratch file goes to the temporary folder
 * @param baseUrl the URL the site is published at, overriding {@code base_url} of handbook.yml; or empty
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outDir, boolean strict, boolean writeSite,
    boolean serveMode, String baseUrl) {

  public BuildOptions(Path contentDir, Path templatesDir, Path outDir, boolean strict, boolean writeSite,
      boolean serveMode) {
    this(contentDir, templatesDir, outDir, strict, writeSite, serveMode, "");
  }
}
