package dev.handbook.topics;

import java.util.List;
import java.util.Map;

/**
 * One topic of {@code topics.yml}.
 *
 * @param id stable id, also the URL segment
 * @param order position in topic lists
 * @param names name per language code
 * @param descriptions one-line description per language code
 * @param keywords keyword rules per content language; each applies to items of that language only
 */
public record Topic(
    String id,
    int order,
    Map<String, String> names,
    Map<String, String> descriptions,
    Map<String, List<String>> keywords) {
  public Topic {
    names = Map.copyOf(names);
    descriptions = Map.copyOf(descriptions);
    keywords = Map.copyOf(keywords);
  }

  public String name(String lang) {
    return names.getOrDefault(lang, names.getOrDefault("en", id));
  }

  public String description(String lang) {
    return descriptions.getOrDefault(lang, descriptions.getOrDefault("en", ""));
  }
}
