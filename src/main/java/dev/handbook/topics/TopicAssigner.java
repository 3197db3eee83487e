package dev.handbook.topics;

import dev.handbook.config.EditDistance;
import dev.handbook.content.Page;
import dev.handbook.content.Question;
import dev.handbook.content.Section;
import dev.handbook.content.SourceLocation;
import dev.handbook.content.TopicRef;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives every section and question its topics, from three sources in this order: the page's front matter,
 * an explicit {@code {topic: ...}} marker (a heading's marker also covers the questions under it), and the
 * keyword rules of the item's language. Deterministic, and every assignment records its reason.
 */
public final class TopicAssigner {
  private final TopicRules rules;
  private final Map<String, Integer> orderOf = new HashMap<>();
  private final Set<String> known;
  private final List<String> knownInOrder;

  /** An assigner for pages one at a time ({@link #assignPage}); all pages' items make a {@link TopicIndex}. */
  public TopicAssigner(List<Topic> topics) {
    this.rules = TopicRules.compile(topics);
    topics.forEach(t -> orderOf.put(t.id(), t.order()));
    this.known = topics.stream().map(Topic::id).collect(Collectors.toSet());
    this.knownInOrder = known.stream().sorted().toList();
  }

  /**
   * The page's sections and questions with their topics; none when the handbook has no topics.
   *
   * @param tokens the tokenizer ({@link Tokenizer#tokens}), possibly one that remembers the texts it has seen
   */
  public List<TopicItem> assignPage(Page page, Function<String, List<String>> tokens, Diagnostics diagnostics) {
    if (known.isEmpty()) {
      return List.of();
    }
    List<TopicItem> items = new ArrayList<>();
    Map<String, List<String>> sectionMarkers = new HashMap<>();
    List<String> pageTopics = checked(page.frontMatter().topics(), diagnostics);
    for (Section section : page.sections()) {
      List<String> marked = checked(section.markedTopics(), diagnostics);
      sectionMarkers.put(section.id(), marked);
      Map<String, TopicAssignment> found = new LinkedHashMap<>();
      pageTopics.forEach(t -> found.putIfAbsent(t, new TopicAssignment(t, "front matter of the page")));
      marked.forEach(t -> found.putIfAbsent(t, new TopicAssignment(t, "marker on the heading")));
      // The section's text is its title and then its body, tokenized as the search index does: in two parts.
      String body = section.bodyText();
      List<String> bodyTokens = tokens.apply(body);
      keywords(page.lang(), body.equals(section.text().strip()) ? bodyTokens
          : concat(tokens.apply(section.title()), bodyTokens), found);
      items.add(new TopicItem(page, section.id(), false, section.title(), true, sorted(found)));
      if (section.hasBody()) {
        // A bare heading over questions or subsections is structure, not material: no topic needed.
        reportUnmatched(found, section.location(), "section '" + section.title() + "'", diagnostics);
      }
    }
    for (Question question : page.questions()) {
      List<String> marked = checked(question.markedTopics(), diagnostics);
      Map<String, TopicAssignment> found = new LinkedHashMap<>();
      pageTopics.forEach(t -> found.putIfAbsent(t, new TopicAssignment(t, "front matter of the page")));
      marked.forEach(t -> found.putIfAbsent(t, new TopicAssignment(t, "marker on the question")));
      sectionMarkers.getOrDefault(question.sectionId(), List.of())
          .forEach(t -> found.putIfAbsent(t, new TopicAssignment(t, "marker on its section's heading")));
      keywords(page.lang(), concat(tokens.apply(question.text()), tokens.apply(question.answerText())), found);
      items.add(new TopicItem(page, question.id(), true, question.text(), question.answered(),
          sorted(found)));
      reportUnmatched(found, question.location(), "question '" + abbreviate(question.text()) + "'", diagnostics);
    }
    return items;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first.size() + second.size());
    both.addAll(first);
    both.addAll(second);
    return both;
  }

  private void keywords(String lang, List<String> tokens, Map<String, TopicAssignment> found) {
    for (TopicRules.Rule rule : rules.matches(lang, tokens)) {
      found.putIfAbsent(rule.topicId(), new TopicAssignment(rule.topicId(), "keyword '" + rule.keyword() + "'"));
    }
  }

  private List<TopicAssignment> sorted(Map<String, TopicAssignment> found) {
    List<TopicAssignment> list = new ArrayList<>(found.values());
    list.sort((a, b) -> Integer.compare(orderOf.get(a.topicId()), orderOf.get(b.topicId())));
    return list;
  }

  private List<String> checked(List<TopicRef> refs, Diagnostics diagnostics) {
    List<String> ok = new ArrayList<>();
    for (TopicRef ref : refs) {
      if (known.contains(ref.id())) {
        ok.add(ref.id());
      } else {
        SourceLocation at = ref.location();
        diagnostics.report(Diagnostic.error("topic-unknown", at.path(), at.line(), at.column(),
            "unknown topic '" + ref.id() + "'", unknownTopicHint(ref.id())));
      }
    }
    return ok;
  }

  private String unknownTopicHint(String id) {
    return EditDistance.closest(id, knownInOrder, EditDistance.typoLimit(id))
        .or(() -> EditDistance.closestByWord(id, knownInOrder))
        .map(closest -> "did you mean '" + closest + "'?")
        .orElse("topics are defined in topics.yml: " + String.join(", ", knownInOrder));
  }

  private static void reportUnmatched(Map<String, TopicAssignment> found, SourceLocation at, String what,
      Diagnostics diagnostics) {
    if (found.isEmpty()) {
      diagnostics.report(Diagnostic.warning("topic-none", at.path(), at.line(), at.column(),
          what + " matches no topic",
          "add a keyword to topics.yml, or write {topic: id} at the end of the line"));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
