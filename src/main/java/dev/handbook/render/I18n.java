package dev.handbook.render;

import dev.handbook.config.YamlNodes;
import dev.handbook.content.PathDisplay;
import dev.handbook.content.SourceReader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Interface strings from {@code templates/i18n/{lang}.yml}: flat {@code key: text} files, one per language.
 * A key missing in any language is an error, so no reader meets an untranslated label.
 */
public final class I18n {
  public static final String FOLDER = "i18n";
  private final Map<String, Map<String, String>> byLanguage;

  private I18n(Map<String, Map<String, String>> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  public static I18n load(Path templatesDir, List<String> languages, Diagnostics diagnostics, PathDisplay display) {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    for (String lang : languages) {
      Path file = templatesDir.resolve(FOLDER).resolve(lang + ".yml");
      if (!Files.isRegularFile(file)) {
        diagnostics.report(Diagnostic.error("i18n-missing", display.of(file), 1, 1,
            "no interface strings for language '" + lang + "'",
            "copy templates/i18n/en.yml to " + lang + ".yml and translate it"));
        all.put(lang, Map.of());
        continue;
      }
      all.put(lang, read(file, display));
    }
    TreeSet<String> keys = new TreeSet<>();
    all.values().forEach(m -> keys.addAll(m.keySet()));
    for (Map.Entry<String, Map<String, String>> entry : all.entrySet()) {
      for (String key : keys) {
        if (!entry.getValue().isEmpty() && !entry.getValue().containsKey(key)) {
          diagnostics.report(Diagnostic.error("i18n-key", display.of(templatesDir.resolve(FOLDER)
              .resolve(entry.getKey() + ".yml")), 1, 1, "interface string '" + key + "' is missing",
              "add '" + key + ": ...' in this language"));
        }
      }
    }
    return new I18n(all);
  }

  private static Map<String, String> read(Path file, PathDisplay display) {
    try {
      String text = SourceReader.decode(Files.readAllBytes(file), display.of(file));
      YamlNodes yaml = new YamlNodes(display.of(file), 0);
      MappingNode root = yaml.parseMapping(text);
      Map<String, String> labels = new LinkedHashMap<>();
      for (NodeTuple tuple : root.getValue()) {
        labels.put(yaml.string(tuple.getKeyNode(), "a key"), yaml.string(tuple.getValueNode(), "a label"));
      }
      return Map.copyOf(labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Map<String, String> labels(String lang) {
    return byLanguage.getOrDefault(lang, Map.of());
  }

  public String label(String lang, String key) {
    return labels(lang).getOrDefault(key, key);
  }
}
