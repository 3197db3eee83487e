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

  private TopicRules(Map<String, List<Rule>> byLanguage) {
    this.byLanguage = byLanguage;
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
    Map<String, List<Integer>> positions = new java.util.HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      positions.computeIfAbsent(tokens.get(i), k -> new ArrayList<>()).add(i);
    }
    List<Rule> found = new ArrayList<>();
    java.util.Set<String> topicsSeen = new java.util.HashSet<>();
    for (Rule rule : rules) {
      if (!topicsSeen.contains(rule.topicId()) && occurs(tokens, positions, rule.tokens())) {
        found.add(rule);
        topicsSeen.add(rule.topicId());
      }
    }
    return found;
  }

  /** Whether {@code needle} occurs as a contiguous run; starts are looked up, so cost is per rule, not per token. */
  private static boolean occurs(List<String> tokens, Map<String, List<Integer>> positions, List<String> needle) {
    for (int start : positions.getOrDefault(needle.get(0), List.of())) {
      if (start + needle.size() <= tokens.size() && tokens.subList(start, start + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }
}
