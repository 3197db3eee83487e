package dev.handbook.config;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** Levenshtein distance, for "did you mean" hints on misspelt keys, anchors and file names. */
public final class EditDistance {
  private EditDistance() {}

  public static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * The candidate nearest to {@code wanted}, the earliest on ties, or empty when even the nearest is more than
   * {@code maxDistance} edits away: a far "suggestion" sends the reader after an unrelated name.
   */
  public static Optional<String> closest(String wanted, Collection<String> candidates, int maxDistance) {
    return nearest(candidates, candidate -> between(wanted, candidate), maxDistance);
  }

  /**
   * The candidate with a run of words (between '-') nearest to {@code wanted}, within {@link #typoLimit}: for a name
   * typed as part of its words, such as {@code cachng} for {@code caching-performance}. Empty when none is near.
   */
  public static Optional<String> closestByWord(String wanted, Collection<String> candidates) {
    // Fewer edits than the name has characters: otherwise any short name is "near" a short word.
    return nearest(candidates, candidate -> nearestRun(wanted, candidate),
        Math.min(typoLimit(wanted), wanted.length() - 1));
  }

  /** The fewest edits from {@code wanted} to a run of {@code candidate}'s words. */
  private static int nearestRun(String wanted, String candidate) {
    List<String> words = List.of(candidate.split("-"));
    int fewest = Integer.MAX_VALUE;
    for (int from = 0; from < words.size(); from++) {
      for (int to = from + 1; to <= words.size(); to++) {
        fewest = Math.min(fewest, between(wanted, String.join("-", words.subList(from, to))));
      }
    }
    return fewest;
  }

  /** The candidate at the smallest distance, the earliest on ties; empty when that is more than {@code limit}. */
  private static Optional<String> nearest(Collection<String> candidates, ToIntFunction<String> distance, int limit) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.applyAsInt(candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** How far a misspelling may be from the name meant: a third of its length, and at least 2 edits. */
  public static int typoLimit(String wanted) {
    return Math.max(2, wanted.length() / 3);
  }
}
