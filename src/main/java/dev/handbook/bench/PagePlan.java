package dev.handbook.bench;

import dev.handbook.text.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a synthetic page is before its text is written: language, file, title, headings with the ids the
 * build will give them, and front-matter topics. Made from the page's own seed, so any page's plan can be
 * recomputed to link to one of its headings without keeping all plans in memory.
 *
 * @param index position in the whole corpus (0-based); languages take turns
 * @param lang language code
 * @param number 1-based number within the language, also the reading order
 * @param fileName the Markdown file inside the language folder
 * @param title the page title
 * @param headings the headings in order
 * @param topics topic ids of the front matter
 */
record PagePlan(int index, String lang, int number, String fileName, String title, List<PlannedHeading> headings,
    List<String> topics) {

  /** A heading: level 2 or 3, its text, the anchor id the build derives from it, and a topic marker or "". */
  record PlannedHeading(int level, String text, String id, String marker) {}

  static final List<String> LANGUAGES = List.of("vi", "en", "fa");
  private static final long PLAN_SALT = 0x9E3779B97F4A7C15L;

  static PagePlan of(int index, long seed, Vocabularies words) {
    SplittableRandom random = new SplittableRandom(seed ^ (PLAN_SALT * (index + 1L)));
    String lang = LANGUAGES.get(index % LANGUAGES.size());
    int number = index / LANGUAGES.size() + 1;
    Vocabulary vocabulary = words.of(lang);
    Phrasing phrasing = Phrasing.of(lang);
    String title = capitalized(phrase(vocabulary, random, 3, 5), phrasing);
    Set<String> used = new HashSet<>(Set.of("main", "content", Slugs.FALLBACK));
    List<PlannedHeading> headings = new ArrayList<>();
    int count = 3 + random.nextInt(4);
    for (int h = 0; h < count; h++) {
      int level = h > 0 && random.nextInt(10) < 3 ? 3 : 2;
      String text;
      String id;
      do {
        text = capitalized(phrase(vocabulary, random, 2, 4), phrasing);
        id = Slugs.slug(text);
      } while (!used.add(id) || id.startsWith("q-"));
      String marker = random.nextInt(5) == 0
          ? BenchTopics.ALL.get(random.nextInt(BenchTopics.ALL.size())).id() : "";
      headings.add(new PlannedHeading(level, text, id, marker));
    }
    List<String> topics = new ArrayList<>();
    topics.add(BenchTopics.ALL.get(random.nextInt(BenchTopics.ALL.size())).id());
    if (random.nextBoolean()) {
      String second = BenchTopics.ALL.get(random.nextInt(BenchTopics.ALL.size())).id();
      if (!topics.contains(second)) {
        topics.add(second);
      }
    }
    return new PagePlan(index, lang, number, fileName(lang, number), title, List.copyOf(headings),
        List.copyOf(topics));
  }

  /** ASCII file names per language: {@code vi/bai-00001.md}, {@code en/chapter-00001.md}, {@code fa/fasl-00001.md}. */
  static String fileName(String lang, int number) {
    String stem = switch (lang) {
      case "vi" -> "bai";
      case "fa" -> "fasl";
      default -> "chapter";
    };
    return String.format(Locale.ROOT, "%s-%05d.md", stem, number);
  }

  /** How many of {@code pages} pages fall to the language at {@code position} of {@link #LANGUAGES}. */
  static int pagesIn(int position, int pages) {
    return (pages - position + LANGUAGES.size() - 1) / LANGUAGES.size();
  }

  static String phrase(Vocabulary vocabulary, SplittableRandom random, int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i > 0 ? " " : "").append(vocabulary.any(random));
    }
    return out.toString();
  }

  static String capitalized(String text, Phrasing phrasing) {
    if (!phrasing.capitalize() || text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(text, Character.charCount(first), text.length()).toString();
  }
}
