package dev.handbook.build;

import dev.handbook.check.LinkChecker;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.content.ContentTree;
import dev.handbook.content.PathDisplay;
import dev.handbook.content.SourceFinder;
import dev.handbook.content.SourceReader;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.MarkdownFacade;
import dev.handbook.markdown.link.ContentLinks;
import dev.handbook.render.ChapterBodies;
import dev.handbook.render.I18n;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.TemplateEngine;
import dev.handbook.search.DocumentTerms;
import dev.handbook.search.IndexedDocument;
import dev.handbook.search.SearchDocuments;
import dev.handbook.search.SearchIndexWriter;
import dev.handbook.topics.Topic;
import dev.handbook.topics.TopicAssigner;
import dev.handbook.topics.TopicIndex;
import dev.handbook.topics.TopicsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build, as one ordered list of steps: load config, find sources, compile every page on all cores (parse,
 * topics, bodies, search terms: {@link PageCompiler}), gather topics, check links, write the pages around their
 * bodies, write the search index, assets and sitemap, swap the finished site into place. Each step takes the
 * previous steps' results and returns new ones.
 */
public final class Pipeline {
  private final PathDisplay display;

  public Pipeline(PathDisplay display) {
    this.display = display;
  }

  /**
   * The model after the read-only steps, shared by {@code build}, {@code check} and {@code serve}. Closing it
   * deletes the scratch file that holds the rendered bodies.
   */
  public record Model(HandbookConfig config, List<Topic> topics, I18n i18n, TemplateEngine templates,
      ContentTree tree, List<Diagnostic> treeDiagnostics, List<CompiledPage> pages, TopicIndex topicIndex,
      ContentLinks links, BodyStore bodies, Compilers compilers)
      implements AutoCloseable {
    /** The same model with one page replaced (by source path); topics and links as they were. */
    Model withPage(CompiledPage changed) {
      List<CompiledPage> replaced = pages.stream()
          .map(p -> p.source().relativePath().equals(changed.source().relativePath()) ? changed : p)
          .toList();
      return new Model(config, topics, i18n, templates, tree, treeDiagnostics, replaced, topicIndex, links, bodies,
          compilers);
    }

    @Override
    public void close() {
      bodies.close();
    }
  }

  /** Makes a page compiler that reports into the given diagnostics, for compiling a page again later. */
  interface Compilers {
    PageCompiler reportingTo(Diagnostics diagnostics);
  }

  /** A build's report and, when the sources could be read, its model: open, for the caller to close. */
  record Outcome(BuildReport report, Model model) {}

  public BuildReport run(BuildOptions options) {
    Outcome outcome = build(options);
    if (outcome.model() != null) {
      outcome.model().close();
    }
    return outcome.report();
  }

  /** Builds like {@link #run} and keeps the model, so that a page can be built again alone. */
  Outcome build(BuildOptions options) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    StepTimer timer = new StepTimer();
    Map<String, Integer> pageCounts = new LinkedHashMap<>();
    boolean written = false;
    TopicIndex topicIndex = TopicIndex.empty();
    Model model = null;
    try {
      model = read(options, diagnostics, timer);
      topicIndex = model.topicIndex();
      model.config().languageCodes().forEach(code -> pageCounts.put(code, 0));
      model.pages().forEach(p -> pageCounts.merge(p.page().lang(), 1, Integer::sum));
      if (options.writeSite() && !diagnostics.hasErrors(options.strict())) {
        written = write(options, model, diagnostics, timer);
      } else if (!options.writeSite()) {
        renderWithoutWriting(options, model, timer);
      }
    } catch (ContentException e) {
      diagnostics.reportAll(e.diagnostics());
    } catch (RuntimeException | Error e) {
      if (model != null) {
        model.close();
      }
      throw e;
    }
    long total = (System.nanoTime() - start) / 1_000_000;
    return new Outcome(new BuildReport(pageCounts, diagnostics.sorted(options.strict()), timer.millis(), total,
        written, topicIndex), model);
  }

  /** Every step that reads and checks, none that writes. */
  public Model read(BuildOptions options, Diagnostics diagnostics, StepTimer timer) {
    Path contentDir = options.contentDir();
    if (!Files.isDirectory(contentDir)) {
      throw new ContentException(Diagnostic.error("content-missing", display.of(contentDir), 1, 1,
          "content folder not found", "run from the handbook's folder or pass --content DIR"));
    }
    HandbookConfig loaded = timer.step("config", () -> loadConfig(contentDir));
    HandbookConfig config = options.baseUrl().isEmpty() ? loaded : loaded.withBaseUrl(options.baseUrl());
    List<Topic> topics = timer.step("config", () -> loadTopics(contentDir, config));
    I18n i18n = timer.step("templates", () -> I18n.load(options.templatesDir(), config.languageCodes(),
        diagnostics, display));
    TemplateEngine templates = timer.step("templates", () -> {
      TemplateEngine engine = new TemplateEngine(options.templatesDir(), display);
      engine.precompile(SiteRenderer.TEMPLATES);
      return engine;
    });
    Diagnostics found = new Diagnostics(); // kept apart too: serve's one-page rebuilds do not look for files
    ContentTree tree = timer.step("find", () -> SourceFinder.find(contentDir, config, found, display));
    List<Diagnostic> treeDiagnostics = found.sorted(false);
    diagnostics.reportAll(treeDiagnostics);
    MarkdownFacade markdown = new MarkdownFacade();
    // A build that writes a site keeps its scratch file beside it, so a killed build's is removed by the next;
    // serve keeps its session's file in the temporary folder, out of the way of the site it serves.
    BodyStore bodies = options.writeSite() && !options.serveMode()
        ? BodyStore.besideOrTemporary(options.outDir()) : BodyStore.temporary();
    try {
      TopicAssigner assigner = new TopicAssigner(topics);
      ChapterBodies chapterBodies = new ChapterBodies(config, i18n, topics, markdown);
      ContentLinks publishing = LinkTargets.withoutAnchors(contentDir, options.outDir(), config, tree);
      DocumentTerms terms = new DocumentTerms();
      Compilers compilers = reportTo -> new PageCompiler(new PageParser(markdown, reportTo), assigner,
          chapterBodies, publishing, bodies, terms, reportTo);
      PageCompiler compiler = compilers.reportingTo(diagnostics);
      // Each page goes as far as it can alone in one task (parse, topics, bodies, search terms), so that its
      // Markdown tree is dropped before the next page's is built.
      List<CompiledPage> pages = timer.step("pages", () -> tree.pages().parallelStream()
          .map(compiler::compile)
          .flatMap(Optional::stream)
          .toList());
      TopicIndex topicIndex = timer.step("topics", () -> topics.isEmpty() ? TopicIndex.empty()
          : new TopicIndex(topics, pages.stream().flatMap(p -> p.topicItems().stream()).toList()));
      ContentLinks links = timer.step("links", () -> {
        ContentLinks resolver = LinkTargets.of(contentDir, options.outDir(), config, tree, pages);
        pages.parallelStream()
            .forEach(p -> LinkChecker.check(p.links(), p.source().relativePath(), resolver, diagnostics));
        return resolver;
      });
      return new Model(config, topics, i18n, templates, tree, treeDiagnostics, pages, topicIndex, links, bodies,
          compilers);
    } catch (RuntimeException | Error e) {
      bodies.close();
      throw e;
    }
  }

  /**
   * Renders every page and drops the result: for {@code check}, whose diagnostics must include what only
   * rendering finds (removed HTML, template errors).
   */
  public void renderWithoutWriting(BuildOptions options, Model model, StepTimer timer) {
    SiteRenderer renderer = new SiteRenderer(model.config(), model.i18n(), model.templates(),
        model.topicIndex(), renderables(model));
    timer.step("render", () -> renderer.renderAll(new SiteRenderer.PageSink() {
      @Override
      public void write(String path, String html) {
        // rendered for its diagnostics only
      }

      @Override
      public void write(String path, java.util.Iterator<byte[]> pieces) {
        pieces.forEachRemaining(piece -> { }); // piece by piece, as a build writes it: never whole in memory
      }
    }));
  }

  static List<SiteRenderer.RenderablePage> renderables(Model model) {
    return model.pages().stream()
        .map(p -> (SiteRenderer.RenderablePage) new Renderable(p, model.bodies()))
        .toList();
  }

  /**
   * Search documents in index order: those of all pages by language, then page slug, then place in the page; then
   * each language's topic pages, in topic order.
   */
  static List<IndexedDocument> searchDocuments(Model model) {
    List<IndexedDocument> pages = model.pages().stream()
        .sorted(Comparator.comparing((CompiledPage p) -> p.page().lang()).thenComparing(p -> p.page().slug()))
        .flatMap(p -> p.search().stream())
        .toList();
    List<IndexedDocument> topics = SearchDocuments.ofTopics(model.topicIndex().topics(),
            model.config().languageCodes(), lang -> model.i18n().label(lang, "topics")).stream()
        .map(DocumentTerms::index)
        .toList();
    List<IndexedDocument> all = new ArrayList<>(pages);
    all.addAll(topics);
    return all;
  }

  private boolean write(BuildOptions options, Model model, Diagnostics diagnostics, StepTimer timer) {
    OutputFolder out = OutputFolder.prepare(options.outDir(), options.contentDir(), options.templatesDir(),
        display.of(options.outDir()));
    boolean committed = false;
    try {
      SiteFiles files = out.files();
      List<SiteRenderer.RenderablePage> renderable = renderables(model);
      SiteRenderer renderer = new SiteRenderer(model.config(), model.i18n(), model.templates(),
          model.topicIndex(), renderable);
      timer.step("render", () -> renderer.renderAll(files));
      timer.step("search", () -> SearchIndexWriter.write(files::write, searchDocuments(model),
          model.config().languageCodes()));
      timer.step("assets", () -> {
        copyAssets(options.templatesDir().resolve("assets"), files);
        model.tree().staticFiles().forEach(f -> files.copy(f.file(), f.target()));
        // A sitemap's addresses must be absolute: without the published address there is none to write.
        if (!model.config().baseUrl().isEmpty()) {
          Map<String, List<String>> perLanguage = new LinkedHashMap<>();
          renderer.pagesByLanguage().forEach((lang, list) ->
              perLanguage.put(lang, list.stream().map(p -> p.page().url()).toList()));
          files.write("sitemap.xml", Sitemap.write(model.config(), perLanguage, renderer.sharedPages()));
        }
      });
      if (diagnostics.hasErrors(options.strict())) {
        return false;
      }
      timer.step("swap", () -> out.commit(model.pages().size() >= OldSiteRemover.DETACH_FROM_PAGES));
      committed = true;
      return true;
    } finally {
      if (!committed) {
        out.abandon();
      }
    }
  }

  private HandbookConfig loadConfig(Path contentDir) {
    Path file = contentDir.resolve(ConfigLoader.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new ContentException(Diagnostic.error("config-missing", display.of(file), 1, 1,
          "handbook.yml not found", "create it with the handbook's title and languages"));
    }
    return ConfigLoader.load(contentDir, display.of(file), readText(file));
  }

  private List<Topic> loadTopics(Path contentDir, HandbookConfig config) {
    Path file = contentDir.resolve(TopicsLoader.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return TopicsLoader.load(display.of(file), readText(file), config.languageCodes());
  }

  private String readText(Path file) {
    try {
      return SourceReader.decode(Files.readAllBytes(file), display.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Assets are copied as they are, but for files named {@code serve-*}: the dev server sends those itself, so a
   * site made by {@code serve} is the one {@code build} makes, and can be published as it is.
   */
  private static void copyAssets(Path assetsDir, SiteFiles files) {
    if (!Files.isDirectory(assetsDir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(assetsDir)) {
      List<Path> all = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
      for (Path file : all) {
        String relative = assetsDir.relativize(file).toString().replace('\\', '/');
        if (file.getFileName().toString().startsWith("serve-")) {
          continue;
        }
        files.copy(file, "assets/" + relative);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A compiled page as the renderer sees it: bodies fetched from the scratch file when needed. */
  private record Renderable(CompiledPage compiled, BodyStore bodies) implements SiteRenderer.RenderablePage {
    @Override
    public dev.handbook.content.Page page() {
      return compiled.page();
    }

    @Override
    public byte[] chapterBody() {
      return bodies.get(compiled.chapterBody());
    }

    @Override
    public byte[] printBody() {
      return bodies.get(compiled.printBody());
    }
  }
}
