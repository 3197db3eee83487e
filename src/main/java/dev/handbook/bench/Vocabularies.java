package dev.handbook.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The word lists of every language of the synthetic handbook, loaded once, topic keywords set apart. */
final class Vocabularies {
  private final Map<String, Vocabulary> byLanguage = new LinkedHashMap<>();

  Vocabularies(List<String> languages) {
    for (String lang : languages) {
      List<String> keywords = BenchTopics.ALL.stream().flatMap(t -> t.keywords().get(lang).stream()).toList();
      byLanguage.put(lang, Vocabulary.load(lang).without(keywords));
    }
  }

  Vocabulary of(String lang) {
    Vocabulary vocabulary = byLanguage.get(lang);
    if (vocabulary == null) {
      throw new IllegalArgumentException("no word list for " + lang);
    }
    return vocabulary;
  }
}
