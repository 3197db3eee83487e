package dev.handbook.content;

import com.ibm.icu.lang.UCharacter;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.text.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code handbook new {lang}/{slug}}: a new chapter file with its front matter filled in, placed last among
 * the chapters of its language. Never overwrites a file.
 */
public final class PageScaffold {
  /** First path segments that name the site's own pages (see SourceFinder): a chapter cannot take them. */
  private static final Set<String> RESERVED = Set.of("index", "topics", "search", "print", "help-wanted", "assets");

  private PageScaffold() {}

  /**
   * Creates {@code contentDir/lang/slug.md}.
   *
   * @param target {@code en/django-signals} (a trailing {@code .md} is allowed)
   * @return the created file
   * @throws ContentException when the language is unknown, the name does not make a clean URL, or the file exists
   */
  public static Path create(Path contentDir, String target, PathDisplay display) {
    Path configFile = contentDir.resolve(ConfigLoader.FILE_NAME);
    if (!Files.isRegularFile(configFile)) {
      throw new ContentException(Diagnostic.error("config-missing", display.of(configFile), 1, 1,
          "handbook.yml not found", "run from the handbook's folder or pass --content DIR"));
    }
    HandbookConfig config = ConfigLoader.load(contentDir, display.of(configFile), read(configFile, display));
    String name = target.replace('\\', '/');
    name = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    int slash = name.indexOf('/');
    String lang = slash < 0 ? "" : name.substring(0, slash);
    String slug = slash < 0 ? name : name.substring(slash + 1);
    if (!config.languageCodes().contains(lang)) {
      throw usage("new-language", target, "'" + lang + "' is not a language of handbook.yml",
          "write LANG/NAME with LANG one of: " + String.join(", ", config.languageCodes()));
    }
    String clean = cleanSlug(slug);
    if (slug.isEmpty() || !clean.equals(slug) || RESERVED.contains(slug.split("/")[0])) {
      throw usage("new-name", target, "'" + slug + "' does not make a clean page address",
          RESERVED.contains(clean.split("/")[0]) ? "the name '" + clean.split("/")[0] + "' is used by the site itself"
              : "use lower-case words joined by '-', e.g. " + lang + "/" + clean);
    }
    Path file = contentDir.resolve(lang).resolve(slug + ".md");
    String text = scaffold(title(slug), nextOrder(contentDir.resolve(lang)));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw usage("new-exists", display.of(file), "the page already exists; nothing was changed",
          "choose another name, or edit the existing file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * A new page: front matter and a first heading, each a placeholder for the author to replace. The page builds
   * and checks with no warning as it is (CI runs {@code build --strict}): an empty description or body is
   * warned about, and so is text under a heading that no topic matches, while a bare heading is not.
   */
  static String scaffold(String title, int order) {
    return "---\n"
        + "title: " + quoted(title) + "\n"
        + "description: " + quoted("What " + title + " covers, in one sentence (replace this).") + "\n"
        + "order: " + order + "\n"
        + "topics: []\n"
        + "source: \"\"\n"
        + "---\n\n"
        + "## First section (rename it, then write under it)\n";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** "django-signals" -> "Django signals"; scripts without case (Persian) stay as they are. */
  static String title(String slug) {
    String last = slug.substring(slug.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ').strip();
    if (last.isEmpty()) {
      return slug;
    }
    int first = last.codePointAt(0);
    return new StringBuilder().appendCodePoint(UCharacter.toTitleCase(first))
        .append(last.substring(Character.charCount(first))).toString();
  }

  /** One more than the highest {@code order} of the language's pages, so the new page comes last. */
  static int nextOrder(Path langDir) {
    if (!Files.isDirectory(langDir)) {
      return 1;
    }
    int highest = 0;
    try (Stream<Path> files = Files.walk(langDir)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
        highest = Math.max(highest, orderOf(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return highest + 1;
  }

  private static int orderOf(Path file) {
    try {
      String text = SourceReader.decode(Files.readAllBytes(file), file.toString());
      int order = FrontMatterParser.parse(text, file.toString(), "page").frontMatter().order();
      return order == Integer.MAX_VALUE ? 0 : order;
    } catch (IOException | ContentException unreadable) {
      return 0; // the build reports that file; here it only cannot take part in the ordering
    }
  }

  private static String cleanSlug(String slug) {
    StringBuilder out = new StringBuilder();
    for (String segment : slug.split("/", -1)) {
      out.append(out.length() == 0 ? "" : "/").append(Slugs.slug(segment));
    }
    return out.toString();
  }

  private static String read(Path file, PathDisplay display) {
    try {
      return SourceReader.decode(Files.readAllBytes(file), display.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ContentException usage(String code, String path, String message, String hint) {
    return new ContentException(List.of(Diagnostic.error(code, path, 1, 1, message, hint)));
  }
}
