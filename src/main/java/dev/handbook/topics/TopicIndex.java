package dev.handbook.topics;

import dev.handbook.content.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The result of topic assignment: every item with its topics, and the items of each topic. */
public final class TopicIndex {
  private final List<Topic> topics;
  private final List<TopicItem> items;
  private final Map<String, TopicItem> byKey = new LinkedHashMap<>();
  private final Map<String, List<TopicItem>> byTopic = new LinkedHashMap<>();
  /** Counted once: every chapter's topic links ask for them, so counting per call would be quadratic. */
  private final Map<String, Map<String, Integer>> countsByTopic = new LinkedHashMap<>();

  public TopicIndex(List<Topic> topics, List<TopicItem> items) {
    this.topics = List.copyOf(topics);
    this.items = List.copyOf(items);
    topics.forEach(t -> byTopic.put(t.id(), new ArrayList<>()));
    for (TopicItem item : items) {
      byKey.put(key(item.page(), item.id()), item);
      for (String id : item.topicIds()) {
        byTopic.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
      }
    }
    byTopic.forEach((id, list) -> {
      Map<String, Integer> counts = new TreeMap<>();
      list.forEach(item -> counts.merge(item.lang(), 1, Integer::sum));
      countsByTopic.put(id, java.util.Collections.unmodifiableMap(counts));
    });
  }

  public static TopicIndex empty() {
    return new TopicIndex(List.of(), List.of());
  }

  public List<Topic> topics() {
    return topics;
  }

  public List<TopicItem> items() {
    return items;
  }

  public List<TopicItem> itemsOf(String topicId) {
    return byTopic.getOrDefault(topicId, List.of());
  }

  public List<String> topicIdsOf(Page page, String itemId) {
    TopicItem item = byKey.get(key(page, itemId));
    return item == null ? List.of() : item.topicIds();
  }

  /** Number of items of a topic per content language, languages in key order. */
  public Map<String, Integer> countsByLanguage(String topicId) {
    return countsByTopic.getOrDefault(topicId, Map.of());
  }

  private static String key(Page page, String itemId) {
    return page.url() + "#" + itemId;
  }
}
