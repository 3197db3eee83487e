package dev.handbook.check;

import dev.handbook.content.FrontMatter;
import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code front-matter-missing}: a page without front matter, or without a title, a description or an order
 * (for {@code check} only: the build falls back to the file name, an empty description and the end of the
 * chapter list).
 */
public final class FrontMatterLint {
  public static final String MISSING = "front-matter-missing";
  /** The fields every page should set; {@code topics} and {@code source} are optional. */
  public static final List<String> REQUIRED = List.of("title", "description", "order");

  private static final Pattern KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)$");

  private FrontMatterLint() {}

  /**
   * @param text the whole file as decoded
   * @param frontMatter what the build read from it
   */
  public static void lint(String path, String text, FrontMatter frontMatter, Consumer<Diagnostic> out) {
    if (!text.startsWith("---\n")) {
      out.accept(Diagnostic.warning(MISSING, path, 1, 1, "page has no front matter",
          "start the file with a '---' line, then title:, description: and order:, then '---'"));
      return;
    }
    String[] lines = text.split("\n", -1);
    for (String field : REQUIRED) {
      int line = keyLine(lines, field);
      boolean empty = switch (field) {
        case "description" -> frontMatter.description().isBlank();
        case "order" -> frontMatter.order() == Integer.MAX_VALUE;
        default -> false;
      };
      if (line < 0) {
        out.accept(Diagnostic.warning(MISSING, path, 1, 1, "front matter has no '" + field + "'",
            "add '" + field + ": " + example(field) + "' between the '---' lines"));
      } else if (empty) {
        out.accept(Diagnostic.warning(MISSING, path, line, 1, "front matter '" + field + "' is empty",
            "write " + example(field)));
      }
    }
  }

  /** 1-based line of a top-level key of the front matter, or -1. */
  private static int keyLine(String[] lines, String field) {
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return -1;
      }
      Matcher m = KEY.matcher(lines[i]);
      if (m.matches() && m.group(1).equals(field)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static String example(String field) {
    return switch (field) {
      case "title" -> "the page title";
      case "description" -> "one sentence shown in listings";
      default -> "a number that places the page among the chapters";
    };
  }
}
