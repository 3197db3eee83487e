package dev.handbook.build;

import dev.handbook.check.LinkChecker;
import dev.handbook.content.Page;
import dev.handbook.content.SourceFile;
import dev.handbook.search.IndexedDocument;
import dev.handbook.topics.TopicItem;
import java.util.List;

/**
 * A page after everything that needs only the page itself: its model, its topics, the links it writes (checked
 * once all pages are known), its bodies (in the build's {@link BodyStore}) and its search documents. Its
 * Markdown tree is gone: a large handbook never holds all trees at once.
 *
 * @param topicItems its sections and questions with their topics (empty when the handbook has no topics)
 * @param links every link destination written on it
 * @param chapterBody its body for its own page
 * @param printBody its body for the print page of its language
 * @param search its search documents in index order
 */
public record CompiledPage(SourceFile source, Page page, List<TopicItem> topicItems,
    List<LinkChecker.LinkUse> links, BodyStore.Ref chapterBody, BodyStore.Ref printBody,
    List<IndexedDocument> search) {
  public CompiledPage {
    topicItems = List.copyOf(topicItems);
    links = List.copyOf(links);
    search = List.copyOf(search);
  }
}
