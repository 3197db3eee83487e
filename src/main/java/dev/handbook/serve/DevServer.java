package dev.handbook.serve;

import dev.handbook.build.BuildOptions;
import dev.handbook.build.BuildReport;
import dev.handbook.build.SiteSession;
import dev.handbook.content.PathDisplay;
import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code handbook serve}: builds the site, serves it, watches the content and templates, rebuilds when they
 * change ({@link SiteSession}), and tells open pages to reload. A failed build never stops the
 * server: pages show the diagnostics until the next good build.
 */
public final class DevServer implements AutoCloseable {
  /** URL folder of the server's own endpoints and files; no page of a handbook can have this name. */
  static final String INTERNAL = "__handbook/";

  private static final long PING_SECONDS = 15;
  private static final long IDLE_WAIT_MILLIS = 10_000;

  /**
   * @param contentDir the handbook's content
   * @param templatesDir templates, i18n and assets
   * @param outDir where the site is built and served from
   * @param host address to listen on (loopback unless the user asks otherwise)
   * @param port port to listen on, 0 for any free one
   * @param debounce how long file changes must be quiet before a rebuild
   */
  public record Settings(Path contentDir, Path templatesDir, Path outDir, String host, int port,
      Duration debounce) {}

  private final Settings settings;
  private final PathDisplay display;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ReloadEvents events = new ReloadEvents();
  private final Object buildLock = new Object();
  private final CountDownLatch closed = new CountDownLatch(1);
  private boolean building;
  private volatile List<Diagnostic> failure = List.of();
  private volatile long buildNumber;
  private SiteServer server;
  private FileWatcher watcher;
  private ScheduledExecutorService pings;
  /** Builds the whole site first, then only what a save changed when that is enough. */
  private final SiteSession session;

  private DevServer(Settings settings, PathDisplay display, PrintWriter out, PrintWriter err) {
    this.settings = settings;
    this.display = display;
    this.out = out;
    this.err = err;
    this.session = new SiteSession(display, new BuildOptions(settings.contentDir(), settings.templatesDir(),
        settings.outDir(), false, true, true), () -> events.indexWritten(buildNumber));
  }

  /** Builds once, then listens and watches. The first build may fail: the pages then show why. */
  public static DevServer start(Settings settings, PathDisplay display, PrintWriter out, PrintWriter err)
      throws IOException {
    DevServer dev = new DevServer(settings, display, out, err);
    try {
      // Bound before the first build: a port in use is reported at once, not after every page was built.
      dev.server = new SiteServer(new InetSocketAddress(settings.host(), settings.port()), settings.outDir(),
          settings.templatesDir().resolve("assets"), dev.new Builds(), dev.events);
      dev.rebuild(Set.of());
      dev.watcher = new FileWatcher(List.of(settings.contentDir(), settings.templatesDir()), settings.debounce(),
          dev::rebuild);
    } catch (IOException | RuntimeException e) {
      dev.close();
      throw e;
    }
    dev.server.start();
    dev.watcher.start();
    dev.pings = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "handbook-ping");
      thread.setDaemon(true);
      return thread;
    });
    dev.pings.scheduleAtFixedRate(dev.events::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    return dev;
  }

  /** Where the site is served, e.g. {@code http://127.0.0.1:8000/}. */
  public URI uri() {
    InetSocketAddress address = server.address();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
  }

  /** How many builds have finished, good or failed. */
  public long buildNumber() {
    return buildNumber;
  }

  /** Whether the last build failed (pages then show its diagnostics). */
  public boolean failing() {
    return !failure.isEmpty();
  }

  /** Blocks until {@link #close()} is called (from a shutdown hook on Ctrl+C). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Rebuilds what {@code changed} calls for (everything through the atomic pipeline, or only the saved pages when
   * their outline stayed the same) and tells open pages.
   */
  void rebuild(Set<Path> changed) {
    synchronized (buildLock) {
      building = true;
    }
    BuildReport report = null;
    List<Diagnostic> problems;
    try {
      report = session.rebuild(changed);
      problems = report.failed() ? report.diagnostics() : List.of();
    } catch (RuntimeException e) {
      // A bug or an I/O failure must not end the server: it is shown like a content error.
      problems = List.of(Diagnostic.error("internal", display.of(settings.contentDir()), 1, 1,
          "internal error: " + e, "rerun 'handbook build --debug' to see the stack trace, and report it"));
    } finally {
      synchronized (buildLock) {
        building = false;
        buildLock.notifyAll();
      }
    }
    failure = problems;
    buildNumber++;
    log(changed, report, problems);
    events.reload(buildNumber);
  }

  private void log(Set<Path> changed, BuildReport report, List<Diagnostic> problems) {
    String what = changed.isEmpty() ? "" : "changed " + changed.stream().map(display::of)
        .collect(Collectors.joining(", ")) + ": ";
    List<Diagnostic> shown = report != null ? report.diagnostics() : problems;
    shown.forEach(d -> err.println(d.format()));
    err.flush();
    if (problems.isEmpty() && !session.rebuiltAlone().isEmpty()) {
      int alone = session.rebuiltAlone().size();
      out.println(what + "rebuilt " + (alone == 1 ? "that page" : alone + " pages") + " alone, " + report.warningCount()
          + (report.warningCount() == 1 ? " warning" : " warnings") + " in " + report.totalMillis()
          + " ms; search index and print page follow");
    } else if (problems.isEmpty()) {
      out.println(what + report.summary());
    } else {
      out.println(what + "build failed with " + problems.stream().filter(Diagnostic::isError).count()
          + " error(s); open pages show them until the next good build");
    }
    out.flush();
  }

  @Override
  public void close() {
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException ignoredOnShutdown) {
      // Nothing is left to watch for.
    }
    if (pings != null) {
      pings.shutdownNow();
    }
    if (server != null) {
      server.close();
    }
    events.close();
    session.close();
    closed.countDown();
  }

  /** The server's view of the builds. */
  private final class Builds implements SiteServer.Builds {
    @Override
    public List<Diagnostic> failure() {
      return failure;
    }

    @Override
    public long number() {
      return buildNumber;
    }

    @Override
    public void awaitIdle() {
      long deadline = System.currentTimeMillis() + IDLE_WAIT_MILLIS;
      synchronized (buildLock) {
        while (building && System.currentTimeMillis() < deadline) {
          try {
            buildLock.wait(Math.max(1, deadline - System.currentTimeMillis()));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }
}
