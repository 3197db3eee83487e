package dev.handbook.topics;

import dev.handbook.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keyword rules compiled to folded token sequences. A keyword matches an item when its tokens occur
 * contiguously among the item's tokens: whole words and identifiers only, never part of a word, and
 * indifferent to case, diacritics, Arabic/Persian letter variants and ZWNJ (the shared folding).
 */
public final class TopicRules {
  /** One keyword of one topic, with the tokens it must match. */
  public record Rule(String topicId, String keyword, List<String> tokens) {}

  private final Map<String, List<Rule>> byLanguage;
  /** Per language, the rules by their first token, so that a text's tokens are each looked up once. */
  private final Map<String, Map<String, List<Rule>>> byFirstToken = new java.util.HashMap<>();

  private TopicRules(Map<String, List<Rule>> byLanguage) {
    this.byLanguage = byLanguage;
    byLanguage.forEach((lang, rules) -> {
      Map<String, List<Rule>> starts = new java.util.HashMap<>();
      rules.forEach(rule -> starts.computeIfAbsent(rule.tokens().get(0), k -> new ArrayList<>()).add(rule));
      byFirstToken.put(lang, starts);
    });
  }

  public static TopicRules compile(List<Topic> topics) {
    Map<String, List<Rule>> rules = new TreeMap<>();
    for (Topic topic : topics) {
      for (Map.Entry<String, List<String>> entry : topic.keywords().entrySet()) {
        for (String keyword : entry.getValue()) {
          List<String> tokens = Tokenizer.tokens(keyword);
          if (!tokens.isEmpty()) {
            rules.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                .add(new Rule(topic.id(), keyword, List.copyOf(tokens)));
          }
        }
      }
    }
    rules.replaceAll((lang, list) -> List.copyOf(list));
    return new TopicRules(rules);
  }

  /** The rules that match {@code text}, in the order they are written; at most one per topic. */
  public List<Rule> matches(String lang, String text) {
    return byLanguage.getOrDefault(lang, List.of()).isEmpty() ? List.of() : matches(lang, Tokenizer.tokens(text));
  }

  /** As {@link #matches(String, String)}, for text tokenized already ({@link Tokenizer#tokens}). */
  public List<Rule> matches(String lang, List<String> tokens) {
    List<Rule> rules = byLanguage.getOrDefault(lang, List.of());
    if (rules.isEmpty()) {
      return List.of();
    }
    Map<String, List<Rule>> starts = byFirstToken.get(lang);
    java.util.Set<Rule> occurring =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < tokens.size(); i++) {
      List<Rule> candidates = starts.get(tokens.get(i));
      if (candidates == null) {
        continue;
      }
      for (Rule rule : candidates) {
        int end = i + rule.tokens().size();
        if (end <= tokens.size() && !occurring.contains(rule) && tokens.subList(i, end).equals(rule.tokens())) {
          occurring.add(rule);
        }
      }
    }
    if (occurring.isEmpty()) {
      return List.of();
    }
    List<Rule> found = new ArrayList<>();
    java.util.Set<String> topicsSeen = new java.util.HashSet<>();
    for (Rule rule : rules) {
      if (occurring.contains(rule) && topicsSeen.add(rule.topicId())) {
        found.add(rule);
      }
    }
    return found;
  }
}
