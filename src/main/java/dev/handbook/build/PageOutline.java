package dev.handbook.build;

import dev.handbook.content.FrontMatter;
import dev.handbook.content.Heading;
import dev.handbook.content.Page;
import dev.handbook.content.QuestionForm;
import dev.handbook.content.TopicRef;
import dev.handbook.topics.TopicItem;
import java.util.List;

/**
 * What other pages show of a page: front matter, headings, questions and their topics, the anchors links may
 * name. Two versions of a page with equal outlines differ only in what the page itself shows, so a change that
 * keeps the outline needs no other page rendered again.
 */
record PageOutline(FrontMatter frontMatter, List<Heading> toc, List<SectionOutline> sections,
    List<QuestionOutline> questions, List<ItemOutline> items) {
  record SectionOutline(String id, String title, int level, List<String> headingPath, List<String> markedTopics) {}

  record QuestionOutline(String id, String label, String text, boolean answered, QuestionForm form,
      String sectionId, List<String> markedTopics) {}

  record ItemOutline(String id, boolean question, String title, boolean answered, List<String> topicIds) {}

  static PageOutline of(Page page, List<TopicItem> items) {
    return new PageOutline(page.frontMatter(), page.toc(),
        page.sections().stream().map(s -> new SectionOutline(s.id(), s.title(), s.level(), s.headingPath(),
            TopicRef.ids(s.markedTopics()))).toList(),
        page.questions().stream().map(q -> new QuestionOutline(q.id(), q.label(), q.text(), q.answered(),
            q.form(), q.sectionId(), TopicRef.ids(q.markedTopics()))).toList(),
        items.stream().map(i -> new ItemOutline(i.id(), i.question(), i.title(), i.answered(), i.topicIds()))
            .toList());
  }
}
