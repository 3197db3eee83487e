package dev.handbook.content;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.config.Language;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.text.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the pages of each language. Symbolic links are never followed (a link loop cannot hang the build),
 * hidden files are ignored, and anything that does not fit the layout is reported, not silently dropped.
 */
public final class SourceFinder {
  private static final Set<String> TOP_LEVEL_FILES = Set.of("handbook.yml", "topics.yml");
  private static final int MAX_DEPTH = 16;

  private SourceFinder() {}

  public static ContentTree find(Path contentDir, HandbookConfig config, Diagnostics diagnostics,
      PathDisplay display) {
    List<SourceFile> pages = new ArrayList<>();
    List<ContentTree.StaticFile> statics = new ArrayList<>();
    List<String> languages = config.languageCodes();
    for (Path entry : list(contentDir)) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isSymbolicLink(entry)) {
        diagnostics.report(Diagnostic.warning("symlink", display.of(entry), 1, 1,
            "symbolic link skipped", "put the real file or folder in the content folder"));
      } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (!languages.contains(name)) {
          diagnostics.report(Diagnostic.error("language-unknown", display.of(entry), 1, 1,
              "folder '" + name + "' is not a language of handbook.yml",
              "add it to 'languages' in handbook.yml, or move its files into a language folder"));
        }
      } else if (!TOP_LEVEL_FILES.contains(name)) {
        diagnostics.report(Diagnostic.warning("file-outside-language", display.of(entry), 1, 1,
            "file is outside a language folder and is not published",
            "move it into one of: " + String.join(", ", languages)));
      }
    }
    String configFile = display.of(contentDir.resolve(ConfigLoader.FILE_NAME));
    for (Language language : config.languages()) {
      String lang = language.code();
      Path langDir = contentDir.resolve(lang);
      if (!Files.isDirectory(langDir, LinkOption.NOFOLLOW_LINKS)) {
        diagnostics.report(Diagnostic.warning("language-folder-missing", configFile, language.line(),
            language.column(), "language '" + lang + "' has no folder " + display.of(langDir),
            "create the folder with at least one page, or remove the language"));
        continue;
      }
      int pagesBefore = pages.size();
      collect(langDir, lang, contentDir, pages, statics, diagnostics, display);
      if (pages.size() == pagesBefore) {
        // The site would still get a home page for the language, with no chapters on it.
        diagnostics.report(Diagnostic.warning("language-folder-empty", configFile, language.line(),
            language.column(), "language '" + lang + "' has no pages: " + display.of(langDir) + " holds no .md file",
            "add a page (handbook new " + lang + "/notes), or remove the language"));
      }
    }
    pages.sort(Comparator.comparing(SourceFile::lang).thenComparing(SourceFile::relativePath));
    statics.sort(Comparator.comparing(ContentTree.StaticFile::target));
    reportCollisions(pages, diagnostics);
    return new ContentTree(pages, statics);
  }

  private static void collect(Path langDir, String lang, Path contentDir, List<SourceFile> pages,
      List<ContentTree.StaticFile> statics, Diagnostics diagnostics, PathDisplay display) {
    try (Stream<Path> walk = Files.walk(langDir, MAX_DEPTH)) {
      for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
        Path rel = contentDir.relativize(file);
        if (hidden(langDir.relativize(file))) {
          continue;
        }
        if (Files.isSymbolicLink(file)) {
          diagnostics.report(Diagnostic.warning("symlink", display.of(file), 1, 1,
              "symbolic link skipped", "put the real file or folder in the content folder"));
          continue;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        String relative = rel.toString().replace('\\', '/');
        String inLang = langDir.relativize(file).toString().replace('\\', '/');
        if (inLang.toLowerCase(Locale.ROOT).endsWith(".md")) {
          String stem = inLang.substring(0, inLang.length() - 3);
          String slug = slugOf(stem);
          if (!slug.equals(stem)) {
            diagnostics.report(Diagnostic.warning("file-name", display.of(file), 1, 1,
                "file name becomes the URL '" + lang + "/" + slug + "/'",
                "rename the file to " + slug + ".md so that its name and URL agree"));
          }
          pages.add(new SourceFile(lang, slug, file, display.of(file), relative));
        } else {
          statics.add(new ContentTree.StaticFile(file, lang + "/" + slugOfStatic(inLang)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Each path segment slugged; "index" stays reserved for the language home. */
  static String slugOf(String stem) {
    StringBuilder out = new StringBuilder();
    for (String segment : stem.split("/")) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(Slugs.slug(segment));
    }
    String slug = out.toString();
    return reserved(slug) ? slug + "-page" : slug;
  }

  private static boolean reserved(String slug) {
    String first = slug.split("/")[0];
    return slug.equals("index") || first.equals("topics") || first.equals("search") || first.equals("print")
        || first.equals("help-wanted") || first.equals("assets");
  }

  private static String slugOfStatic(String inLang) {
    int dot = inLang.lastIndexOf('.');
    String ext = dot > inLang.lastIndexOf('/') && dot >= 0 ? inLang.substring(dot).toLowerCase(Locale.ROOT) : "";
    String stem = ext.isEmpty() ? inLang : inLang.substring(0, dot);
    return slugOf(stem) + ext;
  }

  private static void reportCollisions(List<SourceFile> pages, Diagnostics diagnostics) {
    Map<String, SourceFile> byUrl = new HashMap<>();
    for (SourceFile page : pages) {
      SourceFile other = byUrl.putIfAbsent(page.lang() + "/" + page.slug(), page);
      if (other != null) {
        diagnostics.report(Diagnostic.error("url-collision", page.displayPath(), 1, 1,
            "this page and " + other.displayPath() + " both become " + page.lang() + "/" + page.slug() + "/",
            "rename one of the two files"));
      }
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
