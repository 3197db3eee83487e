package dev.handbook.search;

import dev.handbook.content.Page;
import dev.handbook.content.Question;
import dev.handbook.content.Section;
import dev.handbook.search.SearchDocument.Kind;
import dev.handbook.topics.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns pages into search documents, one per section and one per question card, and topics into their own. */
public final class SearchDocuments {
  private SearchDocuments() {}

  /**
   * Documents in a stable order: by language, then page slug, then position in the page (a
   * question comes after the section it is in), so neighbours in the index are neighbours in the
   * text and the per-file document metadata of one page stays together.
   */
  public static List<SearchDocument> of(List<Page> pages, SearchTopics topics) {
    var sorted = new ArrayList<>(pages);
    sorted.sort(Comparator.comparing(Page::lang).thenComparing(Page::slug));
    var out = new ArrayList<SearchDocument>();
    for (Page page : sorted) {
      out.addAll(ofPage(page, topics));
    }
    return out;
  }

  /** One page's documents in index order: by position in the page, a question after its section. */
  public static List<SearchDocument> ofPage(Page page, SearchTopics topics) {
    record Positioned(int line, int order, SearchDocument document) {}
    var items = new ArrayList<Positioned>();
    Map<String, Section> sectionsById = new HashMap<>();
    int order = 0;
    for (Section section : page.sections()) {
      sectionsById.put(section.id(), section);
      items.add(new Positioned(section.location().line(), order++, section(page, section, topics)));
    }
    for (Question question : page.questions()) {
      Section section = sectionsById.get(question.sectionId());
      items.add(new Positioned(question.location().line(), order++, question(page, question, section, topics)));
    }
    items.sort(Comparator.comparingInt(Positioned::line).thenComparingInt(Positioned::order));
    return items.stream().map(Positioned::document).toList();
  }

  /**
   * A document per topic page: in each language, the topic's name and description there. A reader who types a
   * topic's name in their language finds its page, which gathers the material of every language.
   *
   * @param topicsTitle what the topic pages are called in a language (shown as the result's page title)
   */
  public static List<SearchDocument> ofTopics(List<Topic> topics, List<String> languages,
      Function<String, String> topicsTitle) {
    var out = new ArrayList<SearchDocument>();
    for (String lang : languages) {
      for (Topic topic : topics) {
        out.add(new SearchDocument(lang, Kind.TOPIC, lang + "/topics/" + topic.id() + "/", topicsTitle.apply(lang),
            List.of(), topic.name(lang), topic.description(lang), List.of(topic.id())));
      }
    }
    return out;
  }

  private static SearchDocument section(Page page, Section section, SearchTopics topics) {
    List<String> path = section.headingPath();
    List<String> parents = path.isEmpty() ? List.of() : path.subList(0, path.size() - 1);
    if (section.id().isEmpty()) {
      parents = List.of(); // the text before the first heading: its "heading" is the page title
    }
    return new SearchDocument(page.lang(), Kind.SECTION, SearchDocument.url(page, section.id()),
        page.title(), parents, section.title(), section.bodyText(),
        topics.topicsOf(page, section.id()));
  }

  private static SearchDocument question(Page page, Question question, Section section, SearchTopics topics) {
    List<String> path = section == null || section.id().isEmpty() ? List.of() : section.headingPath();
    return new SearchDocument(page.lang(), Kind.QUESTION, SearchDocument.url(page, question.id()),
        page.title(), path, question.text(), question.answerText(),
        topics.topicsOf(page, question.id()));
  }
}
