package dev.handbook.markdown.block.internal;

import dev.handbook.markdown.block.BlockOptions;
import dev.handbook.markdown.block.BlockOptions.Problem;
import dev.handbook.markdown.block.KnownBlocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads the YAML option lines under a block header, safely, and checks them against the block's name. */
public final class OptionsParser {
  /** Options are a few short lines; anything longer is refused before YAML sees it. */
  static final int MAX_CHARS = 4096;
  private static final int MAX_FLOW_NESTING = 16;

  private static final Pattern CSS_CLASS = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern ID = Pattern.compile("[^\\s\"'<>&`]+");

  private static final LoadSettings SETTINGS = LoadSettings.builder()
      .setLabel("block options")
      .setMaxAliasesForCollections(8)
      .setAllowRecursiveKeys(false)
      .setAllowDuplicateKeys(false)
      .setCodePointLimit(MAX_CHARS * 2)
      .build();

  private OptionsParser() {}

  /**
   * Parses and validates option lines.
   *
   * @param name the block's lower-case name
   * @param lines the option lines as written (each indented 4+ columns), without line ends
   */
  public static BlockOptions parse(String name, List<String> lines) {
    if (lines.isEmpty()) {
      return BlockOptions.EMPTY;
    }
    String text = dedent(lines);
    if (text.length() > MAX_CHARS) {
      return invalid(0, "block options are longer than " + MAX_CHARS + " characters");
    }
    if (flowNesting(text) > MAX_FLOW_NESTING) {
      return invalid(0, "block options are nested more than " + MAX_FLOW_NESTING + " levels deep");
    }
    Object loaded;
    try {
      loaded = new Load(SETTINGS).loadFromString(text);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine()).orElse(0);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      return invalid(Math.max(0, Math.min(line, lines.size() - 1)), "block options are not valid YAML: " + problem);
    } catch (YamlEngineException | IllegalArgumentException | StackOverflowError e) {
      return invalid(0, "block options are not valid YAML: " + firstLine(e.getMessage()));
    }
    if (loaded == null) {
      return BlockOptions.EMPTY;
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      return invalid(0, "block options must be a mapping of 'key: value' lines, not a " + kind(loaded));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) freeze(map);
    return validate(name, values, lines);
  }

  private static BlockOptions validate(String name, Map<String, Object> values, List<String> lines) {
    List<String> allowed = KnownBlocks.optionsOf(name);
    if (allowed == null) {
      // qbox (options belong to the question pipeline) and unknown names: kept as they are.
      return new BlockOptions(values, List.of(), "", List.of());
    }
    List<Problem> problems = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    String id = "";
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      int line = lineOf(key, lines);
      if (!allowed.contains(key)) {
        problems.add(new Problem(line, "unknown option '" + key + "' for block '" + name + "'",
            "options of '" + name + "': " + String.join(", ", allowed)));
        continue;
      }
      switch (key) {
        case "open", "new", "select" -> {
          if (!(value instanceof Boolean)) {
            problems.add(new Problem(line, "option '" + key + "' must be true or false",
                "write " + key + ": true or " + key + ": false"));
          }
        }
        case "type" -> {
          if (!(value instanceof String s) || !TYPE.matcher(s).matches()) {
            problems.add(new Problem(line, "option 'type' must be a single word such as 'warning'",
                "use letters, digits, '-' and '_' only"));
          }
        }
        case "attrs" -> {
          if (!(value instanceof Map<?, ?> attrs)) {
            problems.add(new Problem(line, "option 'attrs' must be a mapping such as {class: wide, id: intro}",
                "write the attributes in braces after 'attrs:'"));
            continue;
          }
          for (Map.Entry<?, ?> a : attrs.entrySet()) {
            String attr = String.valueOf(a.getKey());
            Object v = a.getValue();
            if ("class".equals(attr) && v instanceof String s) {
              for (String token : s.trim().split("\\s+")) {
                if (token.isEmpty()) {
                  continue;
                }
                if (CSS_CLASS.matcher(token).matches()) {
                  classes.add(token);
                } else {
                  problems.add(new Problem(line, "attrs: class '" + token + "' is not a valid class name",
                      "use letters, digits, '-' and '_', and start with a letter"));
                }
              }
            } else if ("id".equals(attr) && (v instanceof String || v instanceof Number)) {
              String s = String.valueOf(v).trim();
              if (ID.matcher(s).matches()) {
                id = s;
              } else {
                problems.add(new Problem(line, "attrs: id '" + s + "' is not a valid id", "an id has no spaces or quotes"));
              }
            } else if ("class".equals(attr) || "id".equals(attr)) {
              problems.add(new Problem(line, "attrs: " + attr + " must be a string",
                  "write one name, such as " + attr + ": intro"));
            } else {
              problems.add(new Problem(line, "attrs: attribute '" + attr + "' is not allowed and was dropped",
                  "only class and id may be set on a block"));
            }
          }
        }
        default -> { }
      }
    }
    return new BlockOptions(values, classes, id, problems);
  }

  private static BlockOptions invalid(int line, String message) {
    return new BlockOptions(Map.of(), List.of(), "",
        List.of(new Problem(line, message,
            "write options as YAML 'key: value' lines indented 4 spaces right under the header")));
  }

  private static int lineOf(String key, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\"") || l.startsWith("'" + key + "'")) {
        return i;
      }
    }
    return 0;
  }

  static String dedent(List<String> lines) {
    int min = Integer.MAX_VALUE;
    for (String l : lines) {
      int i = 0;
      while (i < l.length() && l.charAt(i) == ' ') {
        i++;
      }
      if (i < l.length()) {
        min = Math.min(min, i);
      }
    }
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      out.append(l.length() >= min ? l.substring(min) : l.strip()).append('\n');
    }
    return out.toString();
  }

  private static int flowNesting(String text) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return max;
  }

  private static Object freeze(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        copy.put(String.valueOf(e.getKey()), freeze(e.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object o : list) {
        copy.add(freeze(o));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  private static String kind(Object value) {
    if (value instanceof List<?>) {
      return "list";
    }
    if (value instanceof String) {
      return "plain text";
    }
    return value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "invalid YAML";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
