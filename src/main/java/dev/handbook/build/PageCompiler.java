package dev.handbook.build;

import dev.handbook.check.LinkChecker;
import dev.handbook.content.Page;
import dev.handbook.content.SourceFile;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.link.ContentLinks;
import dev.handbook.render.ChapterBodies;
import dev.handbook.search.DocumentTerms;
import dev.handbook.search.IndexedDocument;
import dev.handbook.search.SearchDocuments;
import dev.handbook.text.Tokenizer;
import dev.handbook.topics.TopicAssigner;
import dev.handbook.topics.TopicItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes one source file as far as it goes alone, in one task while its Markdown tree is at hand: parse, assign
 * topics, collect links, render both bodies, weigh search terms. Texts are tokenized once for topics and search.
 */
final class PageCompiler {
  private final PageParser parser;
  private final TopicAssigner topics;
  private final ChapterBodies bodies;
  private final ContentLinks links;
  private final BodyStore store;
  private final DocumentTerms terms;
  private final Diagnostics diagnostics;

  /**
   * @param links resolves link destinations to publish; anchors are checked later, so it need not know them
   */
  PageCompiler(PageParser parser, TopicAssigner topics, ChapterBodies bodies, ContentLinks links, BodyStore store,
      DocumentTerms terms, Diagnostics diagnostics) {
    this.parser = parser;
    this.topics = topics;
    this.bodies = bodies;
    this.links = links;
    this.store = store;
    this.terms = terms;
    this.diagnostics = diagnostics;
  }

  /** The compiled page, or empty when the file has an error (already reported). */
  Optional<CompiledPage> compile(SourceFile source) {
    return parser.parse(source).map(this::compile);
  }

  CompiledPage compile(ParsedPage parsed) {
    Page page = parsed.page();
    Map<String, List<String>> seen = new HashMap<>();
    Function<String, List<String>> tokens = text -> seen.computeIfAbsent(text, Tokenizer::tokens);
    List<TopicItem> items = topics.assignPage(page, tokens, diagnostics);
    List<LinkChecker.LinkUse> uses = LinkChecker.collect(parsed.document());
    String contentPath = parsed.source().relativePath();
    ChapterBodies.Bodies rendered = bodies.render(parsed.document(), page, items,
        (destination, folder) -> links.href(contentPath, destination, folder));
    BodyStore.Ref chapter = store.put(rendered.chapter());
    BodyStore.Ref print = store.put(rendered.print());
    Map<String, List<String>> topicsById = new HashMap<>();
    items.forEach(item -> topicsById.put(item.id(), item.topicIds()));
    List<IndexedDocument> search = SearchDocuments.ofPage(page, (p, id) -> topicsById.getOrDefault(id, List.of()))
        .stream()
        .map(doc -> terms.index(doc, tokens))
        .toList();
    // Topic items point at the page: they get the slim one too, so that the full text is not kept through them.
    Page kept = page.withoutSectionTexts();
    List<TopicItem> keptItems = items.stream()
        .map(i -> new TopicItem(kept, i.id(), i.question(), i.title(), i.answered(), i.assignments()))
        .toList();
    return new CompiledPage(parsed.source(), kept, keptItems, uses, chapter, print, search);
  }
}
