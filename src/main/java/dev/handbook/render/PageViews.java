package dev.handbook.render;

import java.util.List;

/** The page-specific part of each template's data ({@code view} in templates). */
public final class PageViews {
  private PageViews() {}

  public record Chapter(String body, List<Views.TocEntry> toc, Views.Link previous, Views.Link next,
      String editHref, int questions, int answered, String source) {}

  public record ChapterCard(String title, String description, String href, int questions) {}

  public record Home(List<ChapterCard> chapters, int topics, int questions) {}

  public record RootLanguage(String code, String name, String dir, String title, String description,
      String href) {}

  public record Root(List<RootLanguage> languages) {}

  public record LanguageCount(String code, String name, int count) {}

  public record TopicCard(String id, String name, String description, String href, int total,
      List<LanguageCount> counts) {}

  public record Topics(List<TopicCard> topics) {}

  public record TopicEntry(String title, String href, boolean question, boolean answered, String pageTitle) {}

  public record TopicGroup(String lang, String name, String dir, List<TopicEntry> entries) {}

  public record Topic(String name, String description, List<TopicGroup> groups, int total) {}

  public record HelpEntry(String title, String href, String lang, String dir, String editHref, String pageTitle) {}

  public record HelpGroup(String topic, List<HelpEntry> entries) {}

  public record Help(List<HelpGroup> groups, int total, List<LanguageCount> perLanguage) {}

  public record PrintChapter(String title, String id, String body) {}

  public record Print(List<PrintChapter> chapters) {}
}
