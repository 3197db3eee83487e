package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.MarkdownFacade;
import dev.handbook.markdown.RenderHints;
import dev.handbook.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every class the block renderer writes for a reader to see has a rule in the stylesheet: a renamed class (the
 * details block's, once) or a new block must not reach readers unstyled.
 */
class BlockStylesTest {
  /** Classes that only mark a block for scripts, or name the kind of note that the default look serves. */
  private static final Set<String> HOOKS = Set.of("block", "tabbed-block", "note");

  private static final String BLOCKS = """
      /// note | A note
      Text.
      ///

      /// warning
      Careful.
      ///

      /// details | More
      Hidden text.
      ///

      /// tab | Python
      print(1)
      ///

      /// tab | Java
      System.out.println(1);
      ///
      """;

  @Test
  void everyClassOfTheBlocksIsStyled() {
    MarkdownFacade markdown = new MarkdownFacade();
    String html = markdown.render(markdown.parse(BLOCKS, new DocumentContext("page.md", 0, "en", new Diagnostics())),
        new RenderHints("en", false, Map.of(), Map.of(), "", s -> s, s -> s, ""));
    Set<String> classes = new TreeSet<>();
    Matcher m = Pattern.compile("class=\"([^\"]+)\"").matcher(html);
    while (m.find()) {
      classes.addAll(List.of(m.group(1).split(" ")));
    }
    assertTrue(classes.containsAll(List.of("details", "tabbed-set", "tabbed-label", "tabbed-content")), html);
    String css = Fixtures.read(Fixtures.templates().resolve("assets/handbook.css"));
    List<String> unstyled = classes.stream()
        .filter(c -> !HOOKS.contains(c))
        .filter(c -> !Pattern.compile("\\." + Pattern.quote(c) + "(?![\\w-])").matcher(css).find())
        .toList();
    assertEquals(List.of(), unstyled, html);
  }
}
