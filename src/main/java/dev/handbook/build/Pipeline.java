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
import dev.handbook.markdown.RenderHints;
import dev.handbook.markdown.link.ContentLinks;
import dev.handbook.render.I18n;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.TemplateEngine;
import dev.handbook.search.SearchIndexWriter;
import dev.handbook.search.SearchTopics;
import dev.handbook.topics.Topic;
import dev.handbook.topics.TopicAssigner;
import dev.handbook.topics.TopicIndex;
import dev.handbook.topics.TopicsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build, as one ordered list of steps: load config, find sources, parse, assign topics, check links,
 * render pages, write the search index, write assets and sitemap, swap the finished site into place.
 * Each step takes the previous steps' results and returns new ones.
 */
public final class Pipeline {
  private final PathDisplay display;

  public Pipeline(PathDisplay display) {
    this.display = display;
  }

  /** The model after the read-only steps, shared by {@code build}, {@code check} and {@code serve}. */
  public record Model(HandbookConfig config, List<Topic> topics, I18n i18n, TemplateEngine templates,
      ContentTree tree, List<ParsedPage> pages, TopicIndex topicIndex, MarkdownFacade markdown,
      ContentLinks links) {}

  public BuildReport run(BuildOptions options) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    StepTimer timer = new StepTimer();
    Map<String, Integer> pageCounts = new LinkedHashMap<>();
    boolean written = false;
    TopicIndex topicIndex = TopicIndex.empty();
    try {
      Model model = read(options, diagnostics, timer);
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
    }
    long total = (System.nanoTime() - start) / 1_000_000;
    return new BuildReport(pageCounts, diagnostics.sorted(options.strict()), timer.millis(), total, written,
        topicIndex);
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
    ContentTree tree = timer.step("find", () -> SourceFinder.find(contentDir, config, diagnostics, display));
    MarkdownFacade markdown = new MarkdownFacade();
    PageParser parser = new PageParser(markdown, diagnostics);
    List<ParsedPage> pages = timer.step("parse", () -> tree.pages().parallelStream()
        .map(parser::parse)
        .flatMap(Optional::stream)
        .toList());
    TopicIndex topicIndex = timer.step("topics", () -> TopicAssigner.assign(
        pages.stream().map(ParsedPage::page).toList(), topics, diagnostics));
    ContentLinks links = timer.step("links", () -> {
      ContentLinks resolver = LinkTargets.of(contentDir, options.outDir(), config, tree, pages);
      pages.parallelStream()
          .forEach(p -> LinkChecker.check(p.document(), p.source().relativePath(), resolver, diagnostics));
      return resolver;
    });
    return new Model(config, topics, i18n, templates, tree, pages, topicIndex, markdown, links);
  }

  /**
   * Renders every page and drops the result: for {@code check}, whose diagnostics must include what only
   * rendering finds (removed HTML, template errors).
   */
  public void renderWithoutWriting(BuildOptions options, Model model, StepTimer timer) {
    SiteRenderer renderer = new SiteRenderer(model.config(), model.i18n(), model.templates(),
        model.topicIndex(), renderables(model), options.serveMode());
    timer.step("render", () -> renderer.renderAll((path, html) -> { }));
  }

  private static List<SiteRenderer.RenderablePage> renderables(Model model) {
    return model.pages().stream()
        .map(p -> (SiteRenderer.RenderablePage) new Renderable(p, model.markdown(), model.links()))
        .toList();
  }

  private boolean write(BuildOptions options, Model model, Diagnostics diagnostics, StepTimer timer) {
    OutputFolder out = OutputFolder.prepare(options.outDir(), options.contentDir(), options.templatesDir(),
        display.of(options.outDir()));
    boolean committed = false;
    try {
      SiteFiles files = new SiteFiles(out.staging());
      List<SiteRenderer.RenderablePage> renderable = renderables(model);
      SiteRenderer renderer = new SiteRenderer(model.config(), model.i18n(), model.templates(),
          model.topicIndex(), renderable, options.serveMode());
      timer.step("render", () -> renderer.renderAll(files::write));
      timer.step("search", () -> {
        Map<String, List<String>> topicsByUrl = new LinkedHashMap<>();
        model.topicIndex().items().forEach(item -> topicsByUrl.put(item.url(), item.topicIds()));
        SearchIndexWriter.write(out.staging(), model.pages().stream().map(ParsedPage::page).toList(),
            model.config().languageCodes(), SearchTopics.byUrl(topicsByUrl));
      });
      timer.step("assets", () -> {
        copyAssets(options.templatesDir().resolve("assets"), files, options.serveMode());
        model.tree().staticFiles().forEach(f -> files.copy(f.file(), f.target()));
        Map<String, List<String>> perLanguage = new LinkedHashMap<>();
        renderer.pagesByLanguage().forEach((lang, list) ->
            perLanguage.put(lang, list.stream().map(p -> p.page().url()).toList()));
        files.write("sitemap.xml", Sitemap.write(model.config(), perLanguage, renderer.sharedPages()));
      });
      if (diagnostics.hasErrors(options.strict())) {
        return false;
      }
      timer.step("swap", out::commit);
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

  /** Assets are copied as they are; files named {@code serve-*} only in serve mode. */
  private static void copyAssets(Path assetsDir, SiteFiles files, boolean serveMode) {
    if (!Files.isDirectory(assetsDir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(assetsDir)) {
      List<Path> all = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
      for (Path file : all) {
        String relative = assetsDir.relativize(file).toString().replace('\\', '/');
        if (!serveMode && file.getFileName().toString().startsWith("serve-")) {
          continue;
        }
        files.copy(file, "assets/" + relative);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A parsed page as the renderer sees it. */
  private record Renderable(ParsedPage parsed, MarkdownFacade markdown, ContentLinks links)
      implements SiteRenderer.RenderablePage {
    @Override
    public dev.handbook.content.Page page() {
      return parsed.page();
    }

    @Override
    public String renderBody(RenderHints hints) {
      return markdown.render(parsed.document(), hints);
    }

    @Override
    public String resolveLink(String destination, String fromFolder) {
      return links.href(parsed.source().relativePath(), destination, fromFolder);
    }
  }
}
