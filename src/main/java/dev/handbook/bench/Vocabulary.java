package dev.handbook.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The real words of one language that the synthetic handbook is written with, read from
 * {@code bench/{lang}.txt} on the class path: one word or short phrase a line, {@code #} starts a comment.
 */
record Vocabulary(String lang, List<String> words) {
  Vocabulary {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no words for " + lang);
    }
    words = List.copyOf(words);
  }

  static Vocabulary load(String lang) {
    String resource = "/bench/" + lang + ".txt";
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return new Vocabulary(lang, words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same list without the given entries: topic keywords then occur only where a section is about them. */
  Vocabulary without(java.util.Collection<String> excluded) {
    return new Vocabulary(lang, words.stream().filter(w -> !excluded.contains(w)).toList());
  }

  String any(SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }
}
