package dev.handbook.check;

import dev.handbook.config.YamlNodes;
import dev.handbook.diag.Diagnostic;
import dev.handbook.topics.TopicsLoader;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * {@code topic-name-missing}: a topic without a name in one of the languages (for {@code check} only: the build
 * shows the English name, or the id, on that language's pages). Located at the topic's {@code name}, or at its
 * entry when it has none. Reads topics.yml again, after the build has accepted it, for the places.
 */
public final class TopicNamesLint {
  public static final String MISSING = "topic-name-missing";

  private TopicNamesLint() {}

  public static void lint(String path, String text, List<String> languages, Consumer<Diagnostic> out) {
    YamlNodes yaml = new YamlNodes(path, 0);
    Map<String, Node> top = yaml.entries(yaml.parseMapping(text), List.of("topics"), path);
    if (!top.containsKey("topics")) {
      return;
    }
    for (Node item : yaml.sequence(top.get("topics"), "topics")) {
      MappingNode topic = yaml.mapping(item, "a topic");
      Map<String, Node> fields = yaml.entries(topic, TopicsLoader.TOPIC_KEYS, "a topic");
      String id = yaml.string(fields.get("id"), "id");
      Node names = fields.get("name");
      Map<String, String> named = names == null ? Map.of() : yaml.stringMap(names, "name");
      Node at = names == null ? item : names;
      for (String lang : languages) {
        if (named.getOrDefault(lang, "").isBlank()) {
          out.accept(Diagnostic.warning(MISSING, path, yaml.line(at), yaml.column(at),
              "topic '" + id + "' has no name in '" + lang + "'; its " + lang + " pages show "
                  + (named.containsKey("en") ? "the English name" : "the id"),
              "add " + lang + ": under the topic's name, in " + lang));
        }
      }
    }
  }
}
