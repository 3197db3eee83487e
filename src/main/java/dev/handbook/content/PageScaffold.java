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
  /** The name hints show when the one given has nothing to build a suggestion from. */
  private static final String EXAMPLE = "my-page";
  /** Codes of the errors in the LANG/NAME argument itself (wrong usage), not in the handbook's files. */
  public static final Set<String> ARGUMENT_ERRORS = Set.of("new-language", "new-name");

  private PageScaffold() {}

  /**
   * Creates {@code contentDir/lang/slug.md}.
   *
   * @param target {@code en/django-signals} (a trailing {@code .md} is allowed)
   * @return the created file
   * @throws ContentException when the language is unknown, the name is missing or does not make a clean URL
   *     (codes {@link #ARGUMENT_ERRORS}), or the file exists
   */
  public static Path create(Path contentDir, String target, PathDisplay display) {
    Path configFile = contentDir.resolve(ConfigLoader.FILE_NAME);
    if (!Files.isRegularFile(configFile)) {
      throw new ContentException(Diagnostic.error("config-missing", display.of(configFile), 1, 1,
          "handbook.yml not found", "run from the handbook's folder or pass --content DIR"));
    }
    HandbookConfig config = ConfigLoader.load(contentDir, display.of(configFile), read(configFile, display));
    Address address = address(target, config);
    Path file = contentDir.resolve(address.lang()).resolve(address.slug() + ".md");
    String text = scaffold(title(address.slug()), nextOrder(contentDir.resolve(address.lang())));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new ContentException(Diagnostic.error("new-exists", display.of(file), 1, 1,
          "the page already exists; nothing was changed", "choose another name, or edit the existing file"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Where {@code handbook new} puts a page: its language folder and its name (with subfolders) without .md. */
  private record Address(String lang, String slug) {}

  /** Reads {@code LANG/NAME} as typed; every refusal says what to type instead. */
  private static Address address(String target, HandbookConfig config) {
    String name = target.replace('\\', '/');
    name = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    int slash = name.indexOf('/');
    String lang = slash < 0 ? name : name.substring(0, slash);
    String slug = slash < 0 ? "" : name.substring(slash + 1);
    List<String> languages = config.languageCodes();
    if (!languages.contains(lang)) {
      String example = config.defaultLanguage() + "/" + suggestion(slash < 0 ? name : slug);
      String hint = "write LANG/NAME with LANG one of: " + String.join(", ", languages) + ", e.g. " + example;
      throw argument(target, "new-language", slash <= 0 ? "'" + target + "' does not start with a language folder"
          : "'" + lang + "' is not a language of handbook.yml", hint);
    }
    if (slug.isEmpty()) {
      throw argument(target, "new-name", "give a page name after the language: " + lang + "/<name>",
          "e.g. " + lang + "/" + EXAMPLE);
    }
    String first = slug.split("/")[0];
    if (!cleanSlug(slug).equals(slug) || RESERVED.contains(first)) {
      throw argument(target, "new-name", "'" + slug + "' does not make a clean page address",
          RESERVED.contains(first) ? "the name '" + first + "' is used by the site itself"
              : "use lower-case words joined by '-', e.g. " + lang + "/" + suggestion(slug));
    }
    return new Address(lang, slug);
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

  /**
   * A clean name made of the words of {@code slug}, for a hint: {@code ../My Page} -> {@code my-page}. Parts that
   * have no word ({@code ..}, {@code /etc/} 's empty start) are left out rather than shown as {@code section}.
   */
  private static String suggestion(String slug) {
    StringBuilder out = new StringBuilder();
    for (String segment : slug.split("/")) {
      String clean = Slugs.slug(segment);
      if (!clean.equals(Slugs.FALLBACK) || segment.equals(Slugs.FALLBACK)) {
        out.append(out.length() == 0 ? "" : "/").append(clean);
      }
    }
    return out.length() == 0 ? EXAMPLE : out.toString();
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

  /** An error in the argument itself: no file is at fault, so the argument as typed stands for the path. */
  private static ContentException argument(String target, String code, String message, String hint) {
    return new ContentException(List.of(Diagnostic.error(code, target, 1, 1, message, hint)));
  }
}
