package dev.handbook.topics;

import dev.handbook.config.YamlNodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads {@code topics.yml}; misspelt keys, duplicate ids and unknown languages are located errors. */
public final class TopicsLoader {
  public static final String FILE_NAME = "topics.yml";
  /** The keys a topic entry may have. */
  public static final List<String> TOPIC_KEYS = List.of("id", "order", "name", "description", "keywords");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private TopicsLoader() {}

  public static List<Topic> load(String displayPath, String text, List<String> languages) {
    YamlNodes yaml = new YamlNodes(displayPath, 0);
    Map<String, Node> top = yaml.entries(yaml.parseMapping(text), List.of("topics"), displayPath);
    if (!top.containsKey("topics")) {
      return List.of();
    }
    List<Topic> topics = new ArrayList<>();
    Map<String, Node> ids = new HashMap<>();
    for (Node item : yaml.sequence(top.get("topics"), "topics")) {
      Map<String, Node> fields = yaml.entries(yaml.mapping(item, "a topic"), TOPIC_KEYS, "a topic");
      if (!fields.containsKey("id")) {
        throw yaml.error(item, "missing-key", "a topic needs an 'id'", "add 'id: some-topic'");
      }
      String id = yaml.string(fields.get("id"), "id");
      if (!ID.matcher(id).matches()) {
        throw yaml.error(fields.get("id"), "topic-id",
            "topic id '" + id + "' must be lower-case ASCII words joined by '-'", "for example caching-performance");
      }
      Node first = ids.putIfAbsent(id, fields.get("id"));
      if (first != null) {
        throw yaml.error(fields.get("id"), "topic-id",
            "topic id '" + id + "' is used twice (first on line " + yaml.line(first) + ")",
            "give this topic its own id, or merge the two entries");
      }
      int order = fields.containsKey("order") ? yaml.integer(fields.get("order"), "order") : topics.size() + 1;
      Map<String, String> names = fields.containsKey("name")
          ? checked(yaml, yaml.stringMap(fields.get("name"), "name"), fields.get("name"), languages)
          : Map.of();
      Map<String, String> descriptions = fields.containsKey("description")
          ? checked(yaml, yaml.stringMap(fields.get("description"), "description"), fields.get("description"), languages)
          : Map.of();
      Map<String, List<String>> keywords = new LinkedHashMap<>();
      if (fields.containsKey("keywords")) {
        for (NodeTuple tuple : yaml.mapping(fields.get("keywords"), "keywords").getValue()) {
          String lang = yaml.string(tuple.getKeyNode(), "a language of keywords");
          if (!languages.contains(lang)) {
            throw yaml.error(tuple.getKeyNode(), "config-language",
                "keywords for '" + lang + "', which is not a language", "languages: " + String.join(", ", languages));
          }
          List<String> words = new ArrayList<>();
          for (Node word : yaml.stringNodes(tuple.getValueNode(), "keywords of " + lang)) {
            String keyword = yaml.string(word, "an item of keywords of " + lang);
            if (keyword.isBlank()) {
              // A blank keyword matches nothing: it is a slip, not a rule.
              throw yaml.error(word, "topic-keyword", "an empty keyword of " + lang + " in topic '" + id + "'",
                  "write the word or phrase, or delete the item");
            }
            words.add(keyword);
          }
          keywords.put(lang, List.copyOf(words));
        }
      }
      topics.add(new Topic(id, order, names, descriptions, keywords));
    }
    topics.sort(Comparator.comparingInt(Topic::order).thenComparing(Topic::id));
    return List.copyOf(topics);
  }

  private static Map<String, String> checked(YamlNodes yaml, Map<String, String> map, Node node, List<String> languages) {
    for (String lang : map.keySet()) {
      if (!languages.contains(lang)) {
        throw yaml.error(node, "config-language", "text for '" + lang + "', which is not a language",
            "languages: " + String.join(", ", languages));
      }
    }
    return map;
  }
}
