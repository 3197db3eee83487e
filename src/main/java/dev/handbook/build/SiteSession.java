package dev.handbook.build;

import dev.handbook.check.LinkChecker;
import dev.handbook.content.PathDisplay;
import dev.handbook.content.SourceFile;
import dev.handbook.diag.Diagnostics;
import dev.handbook.render.SiteRenderer;
import dev.handbook.search.SearchIndexWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The builds of one {@code serve} session. The first build, and any change to configuration, topics, templates
 * or the set of files, goes through the whole atomic pipeline. A save that changes only what a chapter says, not
 * its outline (title, headings, questions, topics, anchors), is built alone: that page is compiled and its chapter
 * page written in place, which is all a reader looking at it needs; the search index and its language's print
 * page follow in the background, since every document's weights depend on every other.
 */
public final class SiteSession implements AutoCloseable {
  private final Pipeline pipeline;
  private final BuildOptions options;
  /** Held while anything writes into the output folder, so that a full build never swaps it mid-write. */
  private final ReentrantLock writing = new ReentrantLock();
  private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "handbook-index");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong generation = new AtomicLong();
  private final Runnable afterBackground;
  private Pipeline.Model model;
  private BuildReport last;
  private volatile List<String> lastAlone = List.of();

  public SiteSession(PathDisplay display, BuildOptions options) {
    this(display, options, () -> { });
  }

  /**
   * @param afterBackground run when the search index and print page of a quick build are written
   */
  public SiteSession(PathDisplay display, BuildOptions options, Runnable afterBackground) {
    this.pipeline = new Pipeline(display);
    this.options = options;
    this.afterBackground = afterBackground;
  }

  /**
   * Builds what {@code changed} calls for: one page when that is enough, else everything.
   *
   * @param changed absolute paths the watcher saw change; empty for a full build
   */
  public synchronized BuildReport rebuild(Set<Path> changed) {
    Optional<BuildReport> quick = model == null || last == null || last.failed() || changed.isEmpty()
        ? Optional.empty() : rebuildPages(changed);
    if (quick.isPresent()) {
      last = quick.get();
      return last;
    }
    lastAlone = List.of();
    return rebuildAll();
  }

  /** The files the last build rebuilt alone (as the user sees their paths); empty when it built everything. */
  public List<String> rebuiltAlone() {
    return lastAlone;
  }

  /** Waits until the background work of the last quick build is written (search index, print page). */
  public void awaitBackground() {
    if (background.isShutdown()) {
      return;
    }
    try {
      background.submit(() -> { }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private BuildReport rebuildAll() {
    writing.lock();
    try {
      Pipeline.Outcome outcome = pipeline.build(options);
      if (outcome.report().written()) {
        generation.incrementAndGet(); // background work queued for the old model would now write stale files
        if (model != null) {
          model.close();
        }
        model = outcome.model();
      } else if (outcome.model() != null) {
        outcome.model().close(); // the site and the model stay as they were; so does their background work
      }
      last = outcome.report();
      return last;
    } finally {
      writing.unlock();
    }
  }

  /** The quick build, or empty when the change needs the whole pipeline. */
  private Optional<BuildReport> rebuildPages(Set<Path> changed) {
    long start = System.nanoTime();
    Map<String, Long> steps = new LinkedHashMap<>();
    List<SourceFile> sources = new ArrayList<>();
    for (Path path : changed) {
      Optional<SourceFile> source = model.tree().pages().stream()
          .filter(s -> s.file().toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize()))
          .findFirst();
      if (source.isEmpty() || !Files.isRegularFile(path)) {
        return Optional.empty(); // a new, deleted or non-page file changes the tree
      }
      sources.add(source.get());
    }
    Diagnostics diagnostics = new Diagnostics();
    PageCompiler compiler = model.compilers().reportingTo(diagnostics);
    Pipeline.Model next = model;
    for (SourceFile source : sources) {
      Optional<CompiledPage> compiled = compiler.compile(source);
      CompiledPage before = pageOf(next, source);
      if (compiled.isEmpty() || !PageOutline.of(before.page(), before.topicItems())
          .equals(PageOutline.of(compiled.get().page(), compiled.get().topicItems()))) {
        return Optional.empty();
      }
      LinkChecker.check(compiled.get().links(), source.relativePath(), next.links(), diagnostics);
      next = next.withPage(compiled.get());
    }
    if (diagnostics.hasErrors(options.strict())) {
      return Optional.empty(); // the whole pipeline reports errors the way every build does
    }
    steps.put("pages", (System.nanoTime() - start) / 1_000_000);
    long renderStart = System.nanoTime();
    SiteRenderer renderer = renderer(next);
    writing.lock();
    try {
      SiteFiles files = SiteFiles.replacingInPlace(options.outDir().toAbsolutePath().normalize());
      for (SourceFile source : sources) {
        renderer.renderChapter(pageOf(next, source).page(), files);
      }
      model = next; // only now does the site show what the model says
    } catch (RuntimeException renderingOrWriting) {
      return Optional.empty(); // the whole pipeline reports it, or rebuilds what a half-done write left
    } finally {
      writing.unlock();
    }
    steps.put("render", (System.nanoTime() - renderStart) / 1_000_000);
    scheduleBackground(next, sources);
    lastAlone = sources.stream().map(SourceFile::displayPath).toList();
    // The saved files' diagnostics are what compiling them found now, plus what finding them found then.
    Set<String> rebuilt = new HashSet<>();
    sources.forEach(s -> rebuilt.add(s.displayPath()));
    Diagnostics all = new Diagnostics();
    last.diagnostics().stream().filter(d -> !rebuilt.contains(d.path())).forEach(all::report);
    next.treeDiagnostics().stream().filter(d -> rebuilt.contains(d.path())).forEach(all::report);
    all.reportAll(diagnostics.sorted(options.strict()));
    return Optional.of(new BuildReport(last.pagesPerLanguage(), all.sorted(options.strict()), steps,
        (System.nanoTime() - start) / 1_000_000, true, next.topicIndex()));
  }

  private static CompiledPage pageOf(Pipeline.Model of, SourceFile source) {
    return of.pages().stream()
        .filter(p -> p.source().relativePath().equals(source.relativePath())).findFirst().orElseThrow();
  }

  private SiteRenderer renderer(Pipeline.Model of) {
    return new SiteRenderer(of.config(), of.i18n(), of.templates(), of.topicIndex(), Pipeline.renderables(of));
  }

  /**
   * The search index and the print pages of the changed pages' languages, written after the page itself. The
   * index is built beside the site without holding the lock (a save meanwhile is not kept waiting); the lock is
   * held to write the print page and to swap the index folder in.
   */
  private void scheduleBackground(Pipeline.Model of, List<SourceFile> sources) {
    long mine = generation.incrementAndGet();
    Set<String> languages = new TreeSet<>();
    sources.forEach(s -> languages.add(s.lang()));
    Path out = options.outDir().toAbsolutePath().normalize();
    background.submit(() -> {
      if (generation.get() != mine) {
        return; // a newer save (or a full build) has its own
      }
      Path fresh = out.resolve(".handbook-search-new");
      try {
        OutputFolder.deleteTree(fresh);
        SearchIndexWriter.write(fresh, Pipeline.searchDocuments(of), of.config().languageCodes());
        writing.lock();
        try {
          if (generation.get() != mine) {
            return;
          }
          SiteRenderer renderer = renderer(of);
          SiteFiles files = SiteFiles.replacingInPlace(out);
          languages.forEach(lang -> renderer.renderPrint(lang, files));
          swapSearchIndex(out, fresh.resolve("search"));
        } finally {
          writing.unlock();
        }
        afterBackground.run();
      } catch (RuntimeException | IOException e) {
        // The page itself is written; the next save or full build writes the index again.
        System.err.println("handbook: search index and print page not updated: " + e.getMessage());
      } finally {
        try {
          OutputFolder.deleteTree(fresh);
        } catch (RuntimeException leftForTheNextSave) {
          // deleted before the next index is written there
        }
      }
    });
  }

  /** Puts a finished index folder in place of the site's; the old one is moved aside and deleted. */
  private static void swapSearchIndex(Path out, Path finished) throws IOException {
    Path old = out.resolve(".handbook-search-old");
    OutputFolder.deleteTree(old);
    Path current = out.resolve("search");
    if (Files.exists(current)) {
      Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(finished, current, StandardCopyOption.ATOMIC_MOVE);
    OutputFolder.deleteTree(old);
  }

  @Override
  public synchronized void close() {
    generation.incrementAndGet();
    background.shutdown();
    try {
      background.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (model != null) {
      model.close();
      model = null;
    }
  }
}
