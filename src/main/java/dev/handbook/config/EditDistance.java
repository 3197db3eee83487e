package dev.handbook.config;

import java.util.Collection;
import java.util.Optional;

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
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = between(wanted, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= maxDistance ? Optional.of(best) : Optional.empty();
  }

  /**
   * The candidate with a run of words (between '-') nearest to {@code wanted}, within {@link #typoLimit}: for a name
   * typed as part of its words, such as {@code cachng} for {@code caching-performance}. Empty when none is near.
   */
  public static Optional<String> closestByWord(String wanted, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String[] words = candidate.split("-");
      for (int from = 0; from < words.length; from++) {
        for (int to = from + 1; to <= words.length; to++) {
          int distance = between(wanted, String.join("-", java.util.Arrays.asList(words).subList(from, to)));
          if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
          }
        }
      }
    }
    return best != null && bestDistance <= typoLimit(wanted) && bestDistance < wanted.length()
        ? Optional.of(best) : Optional.empty();
  }

  /** How far a misspelling may be from the name meant: a third of its length, and at least 2 edits. */
  public static int typoLimit(String wanted) {
    return Math.max(2, wanted.length() / 3);
  }
}
