package dev.handbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Groups terms into shards by prefix so that a query loads a few small files. Every shard starts
 * as all terms with the same first character; a shard larger than the limit is split by one more
 * character, again and again, while the terms exactly equal to its prefix stay in it. A term lives
 * in the shard with the longest key that is a prefix of it.
 */
final class ShardPlanner {
  /** One shard: its key and its terms in order. */
  record Shard(String key, List<String> terms) {}

  private ShardPlanner() {}

  /**
   * @param termBytes every term with the size of its serialized entry, sorted
   * @param maxBytes size above which a shard is split (a single term may still exceed it)
   */
  static List<Shard> plan(SortedMap<String, Integer> termBytes, int maxBytes) {
    var out = new ArrayList<Shard>();
    split("", List.copyOf(termBytes.keySet()), termBytes, maxBytes, out);
    out.sort((a, b) -> a.key().compareTo(b.key()));
    return List.copyOf(out);
  }

  private static void split(String key, List<String> terms, Map<String, Integer> bytes, int maxBytes, List<Shard> out) {
    long size = 0;
    for (String term : terms) {
      size += bytes.get(term);
    }
    int keyLength = key.codePointCount(0, key.length());
    boolean mustSplit = key.isEmpty() || (size > maxBytes && terms.size() > 1);
    if (!mustSplit) {
      out.add(new Shard(key, terms));
      return;
    }
    var own = new ArrayList<String>();
    var children = new TreeMap<String, List<String>>();
    for (String term : terms) {
      if (term.codePointCount(0, term.length()) == keyLength) {
        own.add(term);
      } else {
        String child = term.substring(0, term.offsetByCodePoints(0, keyLength + 1));
        children.computeIfAbsent(child, k -> new ArrayList<>()).add(term);
      }
    }
    if (!own.isEmpty()) {
      out.add(new Shard(key, own));
    }
    children.forEach((child, childTerms) -> split(child, childTerms, bytes, maxBytes, out));
  }
}
