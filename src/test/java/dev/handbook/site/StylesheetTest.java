package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet serves left-to-right and right-to-left pages alike because it names no physical side:
 * margins, paddings, borders, positions and sizes are logical (inline/block, start/end).
 */
class StylesheetTest {
  /** A declaration naming a physical side or a physical size (media queries are removed first). */
  private static final Pattern PHYSICAL = Pattern.compile(
      "(?<![\\w-])(?:(?:margin|padding|border|inset|scroll-padding|scroll-margin)-(?:left|right|top|bottom)"
          + "|border-(?:top|bottom)-(?:left|right)-radius|left|right|top|bottom|(?:min-|max-)?(?:width|height))\\s*:"
          + "|(?:text-align|float|clear)\\s*:\\s*(?:left|right)");

  @Test
  void onlyLogicalPropertiesAreUsed() {
    String css = Fixtures.read(Fixtures.templates().resolve("assets/handbook.css"))
        .replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("@media[^{]*\\{", "@media {");
    assertTrue(css.contains("inset-inline-start"), "expected the stylesheet");
    List<String> problems = new ArrayList<>();
    Matcher m = PHYSICAL.matcher(css);
    while (m.find()) {
      int line = (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      problems.add("line " + line + ": " + m.group());
    }
    assertEquals(List.of(), problems);
  }
}
