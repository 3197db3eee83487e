package dev.handbook.content;

import java.util.List;

/**
 * One chapter: a Markdown file of one language, parsed. The rendered body is kept apart (see
 * {@code render}) so this record stays plain data.
 *
 * @param lang language code taken from the folder
 * @param slug URL segment, from the file name
 * @param sourcePath the file's path as the user sees it
 * @param frontMatter the page's header
 * @param toc headings for the table of contents
 * @param sections every heading's section, in order
 * @param questions every question card, in order
 */
public record Page(
    String lang,
    String slug,
    String sourcePath,
    FrontMatter frontMatter,
    List<Heading> toc,
    List<Section> sections,
    List<Question> questions) {
  public Page {
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
    questions = List.copyOf(questions);
  }

  public String title() {
    return frontMatter.title();
  }

  /**
   * The page as a build keeps it once its sections are indexed for search and matched against topics: the same
   * but for every section's {@link Section#text}, which is empty. A handbook of thousands of pages would
   * otherwise hold all its text until the last page is written; nothing after those two steps reads it.
   */
  public Page withoutSectionTexts() {
    return new Page(lang, slug, sourcePath, frontMatter, toc,
        sections.stream().map(s -> new Section(s.id(), s.title(), s.level(), s.headingPath(), "", s.location(),
            s.markedTopics())).toList(),
        questions);
  }

  /** Site-root-relative URL of the page's folder, e.g. {@code en/django-notes/}. */
  public String url() {
    return lang + "/" + slug + "/";
  }
}
