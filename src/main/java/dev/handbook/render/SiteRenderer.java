package dev.handbook.render;

import dev.handbook.config.HandbookConfig;
import dev.handbook.config.Language;
import dev.handbook.content.Page;
import dev.handbook.content.Question;
import dev.handbook.topics.Topic;
import dev.handbook.topics.TopicIndex;
import dev.handbook.topics.TopicItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.nio.charset.StandardCharsets;

/**
 * Turns the finished model into HTML pages: chapters, language homes, the root chooser, topic pages, the
 * search, print and help-wanted pages, and 404. Each method builds a view and hands it to one template.
 */
public final class SiteRenderer {
  public static final String[] TEMPLATES = {
      "root", "home", "chapter", "topics", "topic", "search", "print", "help", "404"};
  /** Most chapters the side navigation lists; see {@link #navChapters}. */
  static final int NAV_CHAPTERS = 100;

  /**
   * A page to render: its model and its bodies as {@link ChapterBodies} rendered them (topic counts still
   * markers). Bodies are fetched when needed, so that a large handbook need not hold them all at once.
   */
  public interface RenderablePage {
    Page page();

    /** The body of the chapter's own page, in UTF-8: it goes into the page file as it is. */
    byte[] chapterBody();

    /** The body on the print page, in UTF-8. */
    byte[] printBody();
  }

  /** Where finished pages go: a path below the site root and its HTML. */
  public interface PageSink {
    void write(String path, String html);

    /**
     * A page handed over in pieces of UTF-8, each whole characters: a page too large to hold whole (print), or
     * one whose body is already UTF-8 (chapters). Written as the pieces come.
     */
    default void write(String path, Iterator<byte[]> pieces) {
      java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
      pieces.forEachRemaining(html::writeBytes);
      write(path, html.toString(StandardCharsets.UTF_8));
    }
  }

  private final HandbookConfig config;
  private final I18n i18n;
  private final TemplateEngine templates;
  private final TopicIndex topics;
  private final Map<String, List<RenderablePage>> pagesByLanguage = new LinkedHashMap<>();
  /** Lookups that every chapter makes, kept in maps so that rendering stays linear in the number of pages. */
  private final Map<String, Topic> topicsById = new HashMap<>();
  private final Map<Page, Integer> positions = new java.util.IdentityHashMap<>();
  private final TopicChips chips;
  /** Entries of each topic page by content language, shared by the interface languages (see topicEntries). */
  private final Map<String, Map<String, List<PageViews.TopicEntry>>> topicEntries =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Links to every chapter of a language from pages at one depth, not current (see navLinks). */
  private final Map<String, List<Views.Link>> navLinks = new java.util.concurrent.ConcurrentHashMap<>();

  public SiteRenderer(HandbookConfig config, I18n i18n, TemplateEngine templates, TopicIndex topics,
      List<? extends RenderablePage> pages) {
    this.config = config;
    this.i18n = i18n;
    this.templates = templates;
    this.topics = topics;
    config.languageCodes().forEach(code -> pagesByLanguage.put(code, new ArrayList<>()));
    for (RenderablePage page : pages) {
      pagesByLanguage.computeIfAbsent(page.page().lang(), k -> new ArrayList<>()).add(page);
    }
    Comparator<RenderablePage> order = Comparator
        .comparingInt((RenderablePage p) -> p.page().frontMatter().order())
        .thenComparing(p -> p.page().slug());
    pagesByLanguage.values().forEach(list -> list.sort(order));
    topics.topics().forEach(t -> topicsById.putIfAbsent(t.id(), t));
    Map<String, String> separators = new HashMap<>();
    config.languageCodes().forEach(code -> separators.put(code, i18n.labels(code).getOrDefault("separator", " · ")));
    this.chips = new TopicChips(config, topics, separators);
    pagesByLanguage.values().forEach(list -> {
      for (int i = 0; i < list.size(); i++) {
        positions.put(list.get(i).page(), i);
      }
    });
  }

  /** Renders every page into {@code sink}; chapters in parallel. */
  public void renderAll(PageSink sink) {
    // Every page is independent of the others once the model is complete: one wave over every core. A print
    // page is streamed chapter by chapter (it holds a whole language's bodies).
    List<Runnable> chapterWork = new ArrayList<>();
    List<Runnable> gatheringWork = new ArrayList<>();
    for (Language language : config.languages()) {
      List<RenderablePage> chapters = pagesByLanguage.get(language.code());
      for (int i = 0; i < chapters.size(); i++) {
        int index = i;
        chapterWork.add(() -> sink.write(chapters.get(index).page().url() + "index.html", chapter(language, index)));
      }
      gatheringWork.add(() -> sink.write(language.code() + "/index.html", home(language)));
      gatheringWork.add(() -> sink.write(language.code() + "/topics/index.html", topicsIndex(language)));
      for (Topic topic : topics.topics()) {
        gatheringWork.add(() ->
            sink.write(language.code() + "/topics/" + topic.id() + "/index.html", topic(language, topic)));
      }
      gatheringWork.add(() ->
          sink.write(language.code() + "/search/index.html", simple(language, "search", "search")));
      gatheringWork.add(() -> sink.write(language.code() + "/help-wanted/index.html", help(language)));
    }
    gatheringWork.add(() -> sink.write("index.html", root()));
    gatheringWork.add(() -> sink.write("404.html", notFound()));
    // The longest tasks go first, so that the many short ones fill the cores around them: the print pages, then
    // the pages that gather a language's items (topics, help wanted), then the chapters.
    List<Runnable> work = new ArrayList<>();
    config.languages().forEach(language ->
        work.add(() -> sink.write(language.code() + "/print/index.html", print(language))));
    work.addAll(gatheringWork);
    work.addAll(chapterWork);
    TaskQueue.runAll(work);
  }

  /** Renders one chapter page alone (a page of the handbook whose body changed and nothing else). */
  public void renderChapter(Page page, PageSink sink) {
    Language language = config.languageOrDefault(page.lang());
    Integer index = positions.get(page);
    if (index == null) {
      throw new IllegalArgumentException("not a page of this handbook: " + page.sourcePath());
    }
    sink.write(page.url() + "index.html", chapter(language, index));
  }

  /** Renders one language's print page alone. */
  public void renderPrint(String lang, PageSink sink) {
    sink.write(lang + "/print/index.html", print(config.languageOrDefault(lang)));
  }

  /** Paths (below the site root) of the pages that exist in every language, for alternates and sitemap. */
  public List<String> sharedPages() {
    List<String> shared = new ArrayList<>(List.of("", "topics/", "search/", "print/", "help-wanted/"));
    topics.topics().forEach(t -> shared.add("topics/" + t.id() + "/"));
    return shared;
  }

  public Map<String, List<RenderablePage>> pagesByLanguage() {
    return pagesByLanguage;
  }

  private Iterator<byte[]> chapter(Language language, int index) {
    List<RenderablePage> chapters = pagesByLanguage.get(language.code());
    RenderablePage renderable = chapters.get(index);
    Page page = renderable.page();
    String folder = page.url();
    String root = Urls.rootOf(folder);
    byte[] body = chips.fill(renderable.chapterBody(), page.lang());
    Views.Link previous = index > 0 ? link(root, chapters.get(index - 1).page(), false) : null;
    Views.Link next = index + 1 < chapters.size() ? link(root, chapters.get(index + 1).page(), false) : null;
    List<Views.TocEntry> toc = page.toc().stream()
        .filter(h -> h.level() <= 3)
        .map(h -> new Views.TocEntry(h.level(), h.id(), h.text()))
        .toList();
    int answered = (int) page.questions().stream().filter(Question::answered).count();
    PageViews.Chapter view = new PageViews.Chapter(CHAPTER_BODY_SLOT, toc, previous, next, ChapterBodies.editUrl(config, page),
        page.questions().size(), answered, page.frontMatter().source());
    Views.Layout layout = layout(language, "chapter", folder, page.title(), page.frontMatter().description(),
        List.of(new Views.Link(page.title(), "", true)), null, page);
    String frame = templates.render("chapter", context(layout, view));
    // The body goes into the page as the bytes it was stored as, never decoded and encoded again: the frame
    // around it is escaped text, so the slot is found only where the template shows the body.
    int at = frame.indexOf(CHAPTER_BODY_SLOT);
    if (at < 0 || frame.indexOf(CHAPTER_BODY_SLOT, at + 1) >= 0) {
      throw templates.templateError("chapter", "the chapter page must show the chapter's body exactly once",
          "keep one {{ view.body | raw }}");
    }
    return List.of(frame.substring(0, at).getBytes(StandardCharsets.UTF_8), body,
        frame.substring(at + CHAPTER_BODY_SLOT.length()).getBytes(StandardCharsets.UTF_8)).iterator();
  }

  /** Where the body goes in a chapter page's frame. */
  private static final String CHAPTER_BODY_SLOT = "<hb-chapter-body></hb-chapter-body>";

  private String home(Language language) {
    String folder = language.code() + "/";
    String root = Urls.rootOf(folder);
    List<PageViews.ChapterCard> cards = pagesByLanguage.get(language.code()).stream()
        .map(p -> new PageViews.ChapterCard(p.page().title(), p.page().frontMatter().description(),
            Urls.fromRoot(root, p.page().url()), p.page().questions().size()))
        .toList();
    int questions = pagesByLanguage.get(language.code()).stream().mapToInt(p -> p.page().questions().size()).sum();
    Views.Layout layout = layout(language, "home", folder, config.title(language.code()),
        config.description(language.code()), List.of(), "", null);
    return templates.render("home", context(layout, new PageViews.Home(cards, topics.topics().size(), questions)));
  }

  private String topicsIndex(Language language) {
    String folder = language.code() + "/topics/";
    String root = Urls.rootOf(folder);
    List<PageViews.TopicCard> cards = new ArrayList<>();
    // An index reads alphabetically in the reader's language (Vietnamese Đ after D), like a book's index.
    java.util.Comparator<String> collation = dev.handbook.text.Collation.forLanguage(language.code());
    List<Topic> alphabetical = topics.topics().stream()
        .sorted((a, b) -> collation.compare(a.name(language.code()), b.name(language.code())))
        .toList();
    for (Topic topic : alphabetical) {
      Map<String, Integer> counts = topics.countsByLanguage(topic.id());
      cards.add(new PageViews.TopicCard(topic.id(), topic.name(language.code()), topic.description(language.code()),
          Urls.fromRoot(root, language.code() + "/topics/" + topic.id() + "/"),
          topics.itemsOf(topic.id()).size(), languageCounts(language, counts)));
    }
    String title = label(language, "topics");
    Views.Layout layout = layout(language, "topics", folder, title, label(language, "topics_intro"),
        List.of(new Views.Link(title, "", true)), "topics/", null);
    return templates.render("topics", context(layout, new PageViews.Topics(cards)));
  }

  private String topic(Language language, Topic topic) {
    String folder = language.code() + "/topics/" + topic.id() + "/";
    String root = Urls.rootOf(folder);
    Map<String, List<PageViews.TopicEntry>> byLang = topicEntries(root, topic.id());
    List<PageViews.TopicGroup> groups = new ArrayList<>();
    for (Language content : interfaceLanguageFirst(language)) {
      List<PageViews.TopicEntry> entries = byLang.getOrDefault(content.code(), List.of());
      if (!entries.isEmpty()) {
        groups.add(new PageViews.TopicGroup(content.code(), content.name(), content.direction(), entries));
      }
    }
    String topicsTitle = label(language, "topics");
    Views.Layout layout = layout(language, "topic", folder, topic.name(language.code()),
        topic.description(language.code()),
        List.of(new Views.Link(topicsTitle, Urls.fromRoot(root, language.code() + "/topics/"), false),
            new Views.Link(topic.name(language.code()), "", true)),
        "topics/" + topic.id() + "/", null);
    return templates.render("topic", context(layout, new PageViews.Topic(topic.name(language.code()),
        topic.description(language.code()), groups, topics.itemsOf(topic.id()).size())));
  }

  /**
   * A topic's entries by content language, made once for the topic pages of every interface language: they sit
   * at the same depth, so the links are the same.
   */
  private Map<String, List<PageViews.TopicEntry>> topicEntries(String root, String topicId) {
    return topicEntries.computeIfAbsent(root + "\n" + topicId, key -> {
      Map<String, List<PageViews.TopicEntry>> byLang = new HashMap<>();
      for (TopicItem item : topics.itemsOf(topicId)) {
        byLang.computeIfAbsent(item.lang(), k -> new ArrayList<>()).add(new PageViews.TopicEntry(item.title(),
            Urls.fromRoot(root, item.url()), item.question(), item.answered(), item.page().title()));
      }
      return byLang;
    });
  }

  private String help(Language language) {
    String folder = language.code() + "/help-wanted/";
    String root = Urls.rootOf(folder);
    Map<String, List<PageViews.HelpEntry>> byTopic = new LinkedHashMap<>();
    Map<String, Integer> perLanguage = new HashMap<>();
    String noTopic = label(language, "no_topic");
    for (TopicItem item : unansweredQuestions()) {
      Language content = config.languageOrDefault(item.lang());
      PageViews.HelpEntry entry = new PageViews.HelpEntry(item.title(), Urls.fromRoot(root, item.url()),
          content.code(), content.direction(), ChapterBodies.editUrl(config, item.page()), item.page().title());
      perLanguage.merge(item.lang(), 1, Integer::sum);
      List<String> ids = item.topicIds();
      if (ids.isEmpty()) {
        byTopic.computeIfAbsent(noTopic, k -> new ArrayList<>()).add(entry);
      }
      for (String id : ids.isEmpty() ? List.<String>of() : List.of(ids.get(0))) {
        Topic named = topicsById.get(id);
        String name = named == null ? id : named.name(language.code());
        byTopic.computeIfAbsent(name, k -> new ArrayList<>()).add(entry);
      }
    }
    List<PageViews.HelpGroup> groups = byTopic.entrySet().stream()
        .map(e -> new PageViews.HelpGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    int total = perLanguage.values().stream().mapToInt(Integer::intValue).sum();
    String title = label(language, "help_wanted");
    Views.Layout layout = layout(language, "help", folder, title, label(language, "help_wanted_intro"),
        List.of(new Views.Link(title, "", true)), "help-wanted/", null);
    Map<String, Integer> sortedCounts = new LinkedHashMap<>();
    config.languages().forEach(l -> sortedCounts.put(l.code(), perLanguage.getOrDefault(l.code(), 0)));
    return templates.render("help", context(layout,
        new PageViews.Help(groups, total, languageCounts(language, sortedCounts))));
  }

  /** Unanswered questions in topic order, then by language order, then as they appear in the handbook. */
  private List<TopicItem> unansweredQuestions() {
    Map<String, Integer> topicOrder = new HashMap<>();
    topics.topics().forEach(t -> topicOrder.put(t.id(), t.order()));
    Map<String, Integer> langOrder = new HashMap<>();
    config.languages().forEach(l -> langOrder.put(l.code(), l.order()));
    List<TopicItem> items = new ArrayList<>();
    if (topics.items().isEmpty()) {
      pagesByLanguage.values().forEach(list -> list.forEach(p -> p.page().questions().stream()
          .filter(q -> !q.answered())
          .forEach(q -> items.add(new TopicItem(p.page(), q.id(), true, q.text(), false, List.of())))));
    } else {
      topics.items().stream().filter(i -> i.question() && !i.answered()).forEach(items::add);
    }
    items.sort(Comparator
        .comparingInt((TopicItem i) -> i.topicIds().isEmpty() ? Integer.MAX_VALUE : topicOrder.get(i.topicIds().get(0)))
        .thenComparingInt(i -> langOrder.getOrDefault(i.lang(), Integer.MAX_VALUE)));
    return items;
  }

  /**
   * The print page of a language in pieces: the template rendered with a slot per chapter body, then each body
   * fetched and filled in when the writer reaches it.
   */
  private Iterator<byte[]> print(Language language) {
    String folder = language.code() + "/print/";
    List<RenderablePage> pages = pagesByLanguage.get(language.code());
    List<PageViews.PrintChapter> chapters = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i).page();
      chapters.add(new PageViews.PrintChapter(page.title(), ChapterBodies.printPrefix(page) + "top", bodySlot(i)));
    }
    String title = label(language, "print_all");
    Views.Layout layout = layout(language, "print", folder, title, config.title(language.code()),
        List.of(new Views.Link(title, "", true)), "print/", null);
    String frame = templates.render("print", context(layout, new PageViews.Print(chapters)));
    // The slots are markup: text in the frame (titles, labels) is escaped, so none can pose as one. Each is
    // looked for after the one before.
    List<String> between = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < pages.size(); i++) {
      int at = frame.indexOf(bodySlot(i), from);
      if (at < 0) {
        throw templates.templateError("print", "the print page does not show every chapter's body, in order",
            "keep {{ chapter.body | raw }} in the loop over view.chapters");
      }
      between.add(frame.substring(from, at));
      from = at + bodySlot(i).length();
    }
    between.add(frame.substring(from));
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < 2 * between.size() - 1;
      }

      @Override
      public byte[] next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        int piece = next++;
        return piece % 2 == 0 ? between.get(piece / 2).getBytes(StandardCharsets.UTF_8)
            : chips.fill(pages.get(piece / 2).printBody(), language.code());
      }
    };
  }

  /** Where a chapter's body goes in the print page's frame. */
  private static String bodySlot(int chapter) {
    return "<hb-print-body n=\"" + chapter + "\"></hb-print-body>";
  }

  private String simple(Language language, String kind, String shared) {
    String folder = language.code() + "/" + shared + "/";
    String title = label(language, kind);
    Views.Layout layout = layout(language, kind, folder, title, config.title(language.code()),
        List.of(new Views.Link(title, "", true)), shared + "/", null);
    return templates.render(kind, context(layout, Map.of()));
  }

  private String root() {
    Language language = config.languageOrDefault(config.defaultLanguage());
    List<PageViews.RootLanguage> languages = config.languages().stream()
        .map(l -> new PageViews.RootLanguage(l.code(), l.name(), l.direction(), config.title(l.code()),
            config.description(l.code()), l.code() + "/index.html"))
        .toList();
    Views.Layout layout = layout(language, "root", "", config.title(language.code()),
        config.description(language.code()), List.of(), null, null);
    return templates.render("root", context(layout, new PageViews.Root(languages)));
  }

  private String notFound() {
    Language language = config.languageOrDefault(config.defaultLanguage());
    // A host serves 404.html at whatever path was missing, so relative links would break below the root;
    // with a known base URL the page links from the site's absolute path instead.
    String root = config.basePath();
    Views.Layout layout = layoutAt(root, language, "404", label(language, "not_found_title"),
        label(language, "not_found_text"), List.of(), null, null);
    List<PageViews.RootLanguage> languages = config.languages().stream()
        .map(l -> new PageViews.RootLanguage(l.code(), l.name(), l.direction(), config.title(l.code()),
            i18n.label(l.code(), "not_found_text"), root + l.code() + "/index.html"))
        .toList();
    return templates.render("404", context(layout, new PageViews.Root(languages)));
  }

  /**
   * @param shared path below the language folder of the equivalent page in every language, or null when
   *     the page exists only in this language (the switcher then leads to the other language's home)
   */
  private Views.Layout layout(Language language, String kind, String folder, String pageTitle,
      String description, List<Views.Link> crumbs, String shared, Page current) {
    return layoutAt(Urls.rootOf(folder), language, kind, pageTitle, description, crumbs, shared, current);
  }

  /** @param root prefix that leads from the page to the site root ("../../", or "/handbook/" for 404) */
  private Views.Layout layoutAt(String root, Language language, String kind, String pageTitle,
      String description, List<Views.Link> crumbs, String shared, Page current) {
    String code = language.code();
    List<Views.LanguageLink> switcher = new ArrayList<>();
    List<Views.Alternate> alternates = new ArrayList<>();
    for (Language other : config.languages()) {
      String target = other.code() + "/" + (shared == null ? "" : shared);
      switcher.add(new Views.LanguageLink(other.code(), other.name(), other.direction(),
          Urls.fromRoot(root, target), other.code().equals(code) && (shared != null || kind.equals("chapter"))));
      if (shared != null) {
        alternates.add(new Views.Alternate(other.code(), Urls.fromRoot(root, target)));
      }
    }
    List<Views.Link> nav = navLinks(root, code, current);
    String currentTopic = kind.equals("topic") && shared != null ? shared : "";
    List<Views.Link> topicNav = topics.topics().stream()
        .map(t -> new Views.Link(t.name(code), Urls.fromRoot(root, code + "/topics/" + t.id() + "/"),
            currentTopic.equals("topics/" + t.id() + "/")))
        .toList();
    List<Views.Link> breadcrumbs = new ArrayList<>();
    if (!kind.equals("root") && !kind.equals("404")) {
      breadcrumbs.add(new Views.Link(config.title(code), kind.equals("home") ? "" : Urls.fromRoot(root, code + "/"),
          kind.equals("home")));
      breadcrumbs.addAll(crumbs);
    }
    String siteTitle = config.title(code);
    String documentTitle = pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " · " + siteTitle;
    return new Views.Layout(kind, code, language.direction(), root, documentTitle, pageTitle, description,
        siteTitle, Urls.fromRoot(root, code + "/"), root + "assets/", Urls.fromRoot(root, code + "/search/"),
        Urls.fromRoot(root, code + "/topics/"), Urls.fromRoot(root, code + "/print/"),
        Urls.fromRoot(root, code + "/help-wanted/"), switcher, alternates, nav, topicNav, breadcrumbs);
  }

  /**
   * The chapters of the side navigation: all of them up to {@value #NAV_CHAPTERS}, else that many around the
   * current chapter (the first ones on other pages). Every page carries the navigation, so listing every
   * chapter would make the site grow with the square of its size: 3,000 links on each of 3,000 pages.
   * The language home still lists every chapter.
   */
  private List<RenderablePage> navChapters(List<RenderablePage> chapters, Page current) {
    if (chapters.size() <= NAV_CHAPTERS) {
      return chapters;
    }
    Integer at = current == null ? null : positions.get(current);
    int from = at == null ? 0 : Math.max(0, Math.min(at - NAV_CHAPTERS / 2, chapters.size() - NAV_CHAPTERS));
    return chapters.subList(from, from + NAV_CHAPTERS);
  }

  /**
   * The side navigation's links. Every chapter page sits at the same depth, so the links to the chapters of a
   * language are made once per depth and shared; only the current chapter's link is made for its page.
   */
  private List<Views.Link> navLinks(String root, String lang, Page current) {
    List<RenderablePage> chapters = pagesByLanguage.getOrDefault(lang, List.of());
    List<Views.Link> all = navLinks.computeIfAbsent(root + "\n" + lang,
        key -> chapters.stream().map(p -> link(root, p.page(), false)).toList());
    List<RenderablePage> window = navChapters(chapters, current);
    int from = window.isEmpty() ? 0 : positions.get(window.get(0).page());
    List<Views.Link> links = new ArrayList<>(window.size());
    for (int i = 0; i < window.size(); i++) {
      Page page = window.get(i).page();
      links.add(page == current ? link(root, page, true) : all.get(from + i));
    }
    return links;
  }

  private static Views.Link link(String root, Page page, boolean current) {
    return new Views.Link(page.title(), Urls.fromRoot(root, page.url()), current);
  }

  private List<Language> interfaceLanguageFirst(Language language) {
    List<Language> ordered = new ArrayList<>();
    ordered.add(language);
    config.languages().stream().filter(l -> !l.code().equals(language.code())).forEach(ordered::add);
    return ordered;
  }

  private List<PageViews.LanguageCount> languageCounts(Language language, Map<String, Integer> counts) {
    List<PageViews.LanguageCount> out = new ArrayList<>();
    for (Language content : interfaceLanguageFirst(language)) {
      Integer n = counts.get(content.code());
      if (n != null) {
        out.add(new PageViews.LanguageCount(content.code(), content.name(), n));
      }
    }
    return out;
  }

  private String label(Language language, String key) {
    return i18n.label(language.code(), key);
  }

  private Map<String, Object> context(Views.Layout layout, Object view) {
    Map<String, Object> context = new HashMap<>();
    context.put("layout", layout);
    context.put("view", view);
    context.put("lang", layout.lang());
    context.put("root", layout.root());
    context.put("labels", i18n.labels(layout.lang()));
    return context;
  }
}
