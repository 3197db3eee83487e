package dev.handbook.content;

import dev.handbook.config.YamlNodes;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Splits a page into its YAML front matter and Markdown body, keeping line numbers exact. */
public final class FrontMatterParser {
  public static final List<String> KEYS = List.of("title", "description", "order", "topics", "source");

  /**
   * @param frontMatter the parsed header
   * @param body the Markdown after the closing {@code ---}
   * @param bodyLineOffset how many file lines precede the body
   */
  public record Split(FrontMatter frontMatter, String body, int bodyLineOffset) {}

  private FrontMatterParser() {}

  public static Split parse(String text, String path, String fallbackTitle) {
    if (!text.startsWith("---\n") && !text.equals("---")) {
      return new Split(new FrontMatter(fallbackTitle, "", Integer.MAX_VALUE, List.of(), ""), text, 0);
    }
    int end = findClosingFence(text);
    if (end < 0) {
      throw new ContentException(Diagnostic.error("front-matter-unclosed", path, 1, 1,
          "front matter opened with '---' is never closed",
          "add a line '---' after the last key of the front matter"));
    }
    String yamlText = text.substring(4, end);
    int yamlLines = (int) yamlText.chars().filter(c -> c == '\n').count();
    int afterFence = text.indexOf('\n', end);
    String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
    int bodyOffset = yamlLines + 2;
    YamlNodes yaml = new YamlNodes(path, 1);
    MappingNode root = yaml.parseMapping(yamlText);
    Map<String, Node> fields = yaml.entries(root, KEYS, "front matter");
    String title = fields.containsKey("title") ? yaml.string(fields.get("title"), "title").strip() : fallbackTitle;
    String description = fields.containsKey("description")
        ? yaml.string(fields.get("description"), "description").strip() : "";
    int order = fields.containsKey("order") ? yaml.integer(fields.get("order"), "order") : Integer.MAX_VALUE;
    List<TopicRef> topics = fields.containsKey("topics") ? topics(yaml, fields.get("topics")) : List.of();
    String source = fields.containsKey("source") ? yaml.string(fields.get("source"), "source") : "";
    if (title.isEmpty()) {
      throw yaml.error(fields.get("title"), "front-matter-title", "title must not be empty",
          "write the page's title after 'title:', or remove the line to use the file name");
    }
    return new Split(new FrontMatter(title, description, order, topics, source), body, bodyOffset);
  }

  private static List<TopicRef> topics(YamlNodes yaml, Node node) {
    return yaml.stringNodes(node, "topics").stream()
        .map(item -> new TopicRef(yaml.string(item, "topics"),
            new SourceLocation(yaml.path(), yaml.line(item), yaml.column(item))))
        .toList();
  }

  /** Index of the line "---" (or "...") that closes the header, or -1. */
  private static int findClosingFence(String text) {
    int lineStart = 4;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
      if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
        return lineStart;
      }
      if (lineEnd < 0) {
        return -1;
      }
      lineStart = lineEnd + 1;
    }
    return -1;
  }
}
