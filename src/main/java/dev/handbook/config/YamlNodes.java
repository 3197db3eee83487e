package dev.handbook.config;

import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Safe, position-aware reading of YAML for configuration and front matter. Works on SnakeYAML Engine's
 * node tree (not on Java objects) so that every value keeps its line and column for diagnostics. Aliases
 * are refused outright: nothing in a handbook needs them and they are how alias bombs work.
 */
public final class YamlNodes {
  private static final int CODE_POINT_LIMIT = 1_000_000;

  private final String path;
  private final int lineOffset;

  /**
   * @param path the file as the user sees it
   * @param lineOffset lines in the file before the YAML text starts (1 for front matter after "---")
   */
  public YamlNodes(String path, int lineOffset) {
    this.path = path;
    this.lineOffset = lineOffset;
  }

  /** Parses one YAML document; an empty document is an empty mapping. */
  public MappingNode parseMapping(String yaml) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(path)
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(1)
            .setCodePointLimit(CODE_POINT_LIMIT)
            .build();
    Optional<Node> root;
    try {
      refuseAliasEvents(settings, yaml);
      root = new Compose(settings).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      throw new ContentException(
          Diagnostic.error("yaml-syntax", path, line(mark), column(mark), "invalid YAML: " + problem + context(e),
              "check indentation, quotes and the ':' after each key"));
    } catch (YamlEngineException e) {
      // Without a position: in practice the alias limit, i.e. an alias bomb, refused before it expands.
      String message = String.valueOf(e.getMessage()).contains("aliases")
          ? "YAML anchors and aliases are not supported"
          : "invalid YAML: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new ContentException(
          Diagnostic.error("yaml-syntax", path, lineOffset + 1, 1, message,
              "keep the YAML small and plain; write every value out in full"));
    }
    if (root.isEmpty()) {
      return new MappingNode(org.snakeyaml.engine.v2.nodes.Tag.MAP, List.of(),
          org.snakeyaml.engine.v2.common.FlowStyle.AUTO);
    }
    return mapping(root.get(), "the document");
  }

  /**
   * An alias is refused where it is written, from the parser's events, before anything is composed: an alias
   * bomb never expands, and the diagnostic points at the first {@code *name}.
   */
  private void refuseAliasEvents(LoadSettings settings, String yaml) {
    if (yaml.indexOf('*') < 0) {
      return; // an alias is written '*name': without a '*' there is none, and the text is parsed once
    }
    for (Event event : new Parse(settings).parseString(yaml)) {
      if (event instanceof AliasEvent) {
        Mark mark = event.getStartMark().orElse(null);
        throw new ContentException(Diagnostic.error("yaml-alias", path, line(mark), column(mark),
            "YAML aliases are not supported", "write the value out in full"));
      }
    }
  }

  /** The mapping's entries by key, refusing keys outside {@code allowed} with the closest valid key. */
  public Map<String, Node> entries(MappingNode mapping, Collection<String> allowed, String where) {
    Map<String, Node> out = new LinkedHashMap<>();
    Map<String, Node> keyNodes = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = scalarText(keyNode, "a key in " + where);
      if (!allowed.contains(key)) {
        throw new ContentException(
            Diagnostic.error("unknown-key", path, line(keyNode), column(keyNode),
                "unknown key '" + key + "' in " + where,
                "allowed keys: " + String.join(", ", allowed) + closest(key, allowed)));
      }
      if (keyNodes.containsKey(key)) {
        throw duplicate(keyNode, key, keyNodes.get(key));
      }
      keyNodes.put(key, keyNode);
      out.put(key, tuple.getValueNode());
    }
    return out;
  }

  public MappingNode mapping(Node node, String what) {
    refuseAlias(node);
    if (node instanceof MappingNode m) {
      return m;
    }
    throw typeError(node, what, "a mapping (key: value lines)",
        "write 'key: value' lines indented below it, or {key: value} on one line");
  }

  public List<Node> sequence(Node node, String what) {
    refuseAlias(node);
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    throw typeError(node, what, "a list ([a, b] or '- ' lines)",
        "write [a, b] on one line, or one '- item' line for each item below it");
  }

  public String string(Node node, String what) {
    return scalarText(node, what);
  }

  public int integer(Node node, String what) {
    String text = scalarText(node, what);
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw typeError(node, what, "a whole number", "write digits only, such as 3");
    }
  }

  public boolean bool(Node node, String what) {
    String text = scalarText(node, what).trim().toLowerCase(Locale.ROOT);
    if (text.equals("true")) {
      return true;
    }
    if (text.equals("false")) {
      return false;
    }
    throw typeError(node, what, "true or false", "write true or false, without other words");
  }

  /** A list of strings; a single scalar is accepted as a one-element list. */
  public List<String> strings(Node node, String what) {
    return stringNodes(node, what).stream().map(item -> ((ScalarNode) item).getValue()).toList();
  }

  /** The nodes of {@link #strings}, for callers that report a problem with one item at its own place. */
  public List<Node> stringNodes(Node node, String what) {
    refuseAlias(node);
    if (node instanceof ScalarNode) {
      return scalarText(node, what).isBlank() ? List.of() : List.of(node);
    }
    List<Node> out = new ArrayList<>();
    for (Node item : sequence(node, what)) {
      scalarText(item, "an item of " + what);
      out.add(item);
    }
    return List.copyOf(out);
  }

  /** A mapping of language code to text, e.g. {@code {vi: ..., en: ..., fa: ...}}. */
  public Map<String, String> stringMap(Node node, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Node> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping(node, what).getValue()) {
      String key = scalarText(tuple.getKeyNode(), "a key of " + what);
      if (keys.containsKey(key)) {
        throw duplicate(tuple.getKeyNode(), key, keys.get(key));
      }
      keys.put(key, tuple.getKeyNode());
      out.put(key, scalarText(tuple.getValueNode(), what));
    }
    return Map.copyOf(out);
  }

  public ContentException error(Node node, String code, String message, String hint) {
    return new ContentException(Diagnostic.error(code, path, line(node), column(node), message, hint));
  }

  public int line(Node node) {
    return line(node.getStartMark().orElse(null));
  }

  public int column(Node node) {
    return column(node.getStartMark().orElse(null));
  }

  public String path() {
    return path;
  }

  private String scalarText(Node node, String what) {
    refuseAlias(node);
    if (node instanceof ScalarNode s) {
      String value = s.getValue();
      for (int i = 0; i < value.length(); i++) {
        if (dev.handbook.text.ControlCharacters.forbidden(value.charAt(i))) {
          throw error(node, "yaml-control-character", what + " holds the control character U+"
              + String.format(java.util.Locale.ROOT, "%04X", (int) value.charAt(i)) + ", which a web page cannot show",
              "remove it (an escape such as \\x01 in a double-quoted string writes one)");
        }
      }
      return value;
    }
    throw typeError(node, what, "a single value",
        "write one plain value, not a list or a mapping; put text that starts with '[' or '{' in quotes");
  }

  private void refuseAlias(Node node) {
    if (node.getAnchor().isPresent()) {
      throw error(node, "yaml-alias", "YAML anchors and aliases are not supported",
          "write the value out in full");
    }
  }

  /** SnakeYAML's duplicate-key check runs only when constructing objects; the node tree needs its own. */
  private ContentException duplicate(Node keyNode, String key, Node first) {
    return error(keyNode, "yaml-duplicate-key",
        "key '" + key + "' is given twice (first on line " + line(first) + ")", "keep one of the two");
  }

  /** "while scanning a quoted scalar" and where that began, when it is not where the problem was found. */
  private String context(MarkedYamlEngineException e) {
    Mark contextMark = e.getContextMark().orElse(null);
    Mark problemMark = e.getProblemMark().orElse(null);
    if (e.getContext() == null || contextMark == null || problemMark == null
        || contextMark.getIndex() == problemMark.getIndex()) {
      return "";
    }
    return " (" + e.getContext() + " started at line " + line(contextMark) + ", column " + column(contextMark)
        + ")";
  }

  /** Every wrong type says how to write the right one: the message alone names only what was expected. */
  private ContentException typeError(Node node, String what, String expected, String hint) {
    return error(node, "wrong-type", what + " must be " + expected, hint);
  }

  private int line(Mark mark) {
    return mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
  }

  private static int column(Mark mark) {
    return mark == null ? 1 : mark.getColumn() + 1;
  }

  private static String closest(String key, Collection<String> allowed) {
    return EditDistance.closest(key, allowed, 2).map(best -> " (did you mean '" + best + "'?)").orElse("");
  }
}
