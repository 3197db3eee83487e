package dev.handbook.config;

import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code handbook.yml} into a {@link HandbookConfig}; every mistake is a located error. */
public final class ConfigLoader {
  public static final String FILE_NAME = "handbook.yml";
  private static final List<String> TOP_KEYS =
      List.of("title", "description", "languages", "default_language", "base_url", "edit_url");
  private static final List<String> LANGUAGE_KEYS = List.of("code", "name", "dir", "order");
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

  private ConfigLoader() {}

  public static HandbookConfig load(Path contentDir, String displayPath, String text) {
    YamlNodes yaml = new YamlNodes(displayPath, 0);
    MappingNode root = yaml.parseMapping(text);
    Map<String, Node> top = yaml.entries(root, TOP_KEYS, FILE_NAME);
    Node languagesNode = required(yaml, top, "languages", root);
    List<Language> languages = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>(); // in the order written, for hints that list the languages
    for (Node item : yaml.sequence(languagesNode, "languages")) {
      Map<String, Node> fields = yaml.entries(yaml.mapping(item, "a language"), LANGUAGE_KEYS, "a language");
      String code = yaml.string(required(yaml, fields, "code", item), "code");
      if (!LANGUAGE_CODE.matcher(code).matches()) {
        throw yaml.error(fields.get("code"), "config-language", "language code '" + code + "' is not a BCP 47 code",
            "use a code such as vi, en or fa");
      }
      if (!seen.add(code)) {
        throw yaml.error(fields.get("code"), "config-language", "language '" + code + "' is listed twice",
            "keep one entry for each language");
      }
      String name = fields.containsKey("name") ? yaml.string(fields.get("name"), "name") : code;
      String dir = fields.containsKey("dir") ? yaml.string(fields.get("dir"), "dir") : "ltr";
      if (!dir.equals("ltr") && !dir.equals("rtl")) {
        throw yaml.error(fields.get("dir"), "wrong-type", "dir must be ltr or rtl",
            "write dir: ltr, or dir: rtl for a right-to-left script such as Persian");
      }
      int order = fields.containsKey("order") ? yaml.integer(fields.get("order"), "order") : languages.size() + 1;
      languages.add(new Language(code, name, dir, order, yaml.line(item), yaml.column(item)));
    }
    if (languages.isEmpty()) {
      throw yaml.error(languagesNode, "config-language", "languages must list at least one language",
          "add an entry such as - {code: en, name: English, dir: ltr}");
    }
    languages.sort(Comparator.comparingInt(Language::order).thenComparing(Language::code));
    Map<String, String> titles = top.containsKey("title")
        ? languageMap(yaml, top.get("title"), "title", seen)
        : Map.of();
    Map<String, String> descriptions = top.containsKey("description")
        ? languageMap(yaml, top.get("description"), "description", seen)
        : Map.of();
    String defaultLanguage = top.containsKey("default_language")
        ? yaml.string(top.get("default_language"), "default_language")
        : languages.get(0).code();
    if (!seen.contains(defaultLanguage)) {
      throw yaml.error(top.get("default_language"), "config-language",
          "default_language '" + defaultLanguage + "' is not one of the languages",
          "languages: " + String.join(", ", seen));
    }
    String baseUrl = top.containsKey("base_url") ? yaml.string(top.get("base_url"), "base_url") : "";
    String editUrl = top.containsKey("edit_url") ? yaml.string(top.get("edit_url"), "edit_url") : "";
    for (Map.Entry<String, String> url : Map.of("base_url", baseUrl, "edit_url", editUrl).entrySet()) {
      if (!url.getValue().isEmpty() && !url.getValue().matches("https?://\\S+")) {
        throw yaml.error(top.get(url.getKey()), "config-url", url.getKey() + " must be an http(s) URL",
            "write the full address, such as https://user.github.io/repo/");
      }
    }
    return new HandbookConfig(titles, descriptions, languages, defaultLanguage, baseUrl, editUrl);
  }

  private static Map<String, String> languageMap(YamlNodes yaml, Node node, String what, Set<String> codes) {
    if (node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) {
      String one = yaml.string(node, what);
      Map<String, String> all = new LinkedHashMap<>();
      codes.forEach(c -> all.put(c, one));
      return all;
    }
    Map<String, String> map = yaml.stringMap(node, what);
    for (String code : map.keySet()) {
      if (!codes.contains(code)) {
        throw yaml.error(node, "config-language", what + " has a text for '" + code + "', which is not a language",
            "languages: " + String.join(", ", codes));
      }
    }
    return map;
  }

  private static Node required(YamlNodes yaml, Map<String, Node> fields, String key, Node owner) {
    Node node = fields.get(key);
    if (node == null) {
      throw new ContentException(Diagnostic.error("missing-key", yaml.path(), yaml.line(owner), yaml.column(owner),
          "missing required key '" + key + "'", "add '" + key + ":' with its value"));
    }
    return node;
  }
}
