package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of {@code handbook serve}, on the JDK's HTTP server: the built site, the reload stream, and the
 * error overlay while the build fails. Only GET and HEAD, no request bodies, bounded request paths, and no file
 * outside the site folder (see {@link RequestPaths}).
 */
final class SiteServer implements AutoCloseable {
  /** What the server needs to know about the builds. */
  interface Builds {
    /** The diagnostics of the last build when it failed; empty when it succeeded. */
    List<Diagnostic> failure();

    /** How many builds have finished. */
    long number();

    /** Waits (bounded) while a build is swapping the site folder. */
    void awaitIdle();
  }

  private static final String EVENTS = "/" + DevServer.INTERNAL + "events";
  private static final List<String> INTERNAL_FILES = List.of("serve-reload.js", "serve-overlay.css");

  private final HttpServer server;
  private final ExecutorService executor;
  private final Path siteDir;
  private final Path assetsDir;
  private final Builds builds;
  private final ReloadEvents events;

  SiteServer(InetSocketAddress address, Path siteDir, Path assetsDir, Builds builds, ReloadEvents events)
      throws IOException {
    this.siteDir = siteDir.toAbsolutePath().normalize();
    this.assetsDir = assetsDir.toAbsolutePath().normalize();
    this.builds = builds;
    this.events = events;
    this.server = HttpServer.create(address, 0);
    this.executor = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "handbook-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  void start() {
    server.start();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    events.close();
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean keepOpen = false;
    try {
      keepOpen = respond(exchange);
    } finally {
      if (!keepOpen) {
        exchange.close();
      }
    }
  }

  /** Answers one request; true when the response stays open (an event stream). */
  private boolean respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    boolean head = method.equals("HEAD");
    if (!head && !method.equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      plain(exchange, 405, "only GET and HEAD are served\n", false);
      return false;
    }
    if (hasBody(exchange)) {
      plain(exchange, 413, "requests with a body are not served\n", head);
      return false;
    }
    String raw = exchange.getRequestURI().getRawPath();
    if (raw != null && raw.length() > RequestPaths.MAX_LENGTH) {
      plain(exchange, 414, "request path too long\n", head);
      return false;
    }
    if (EVENTS.equals(raw) && !head) {
      if (!events.open(exchange, builds.number())) {
        plain(exchange, 503, "too many open pages\n", false);
        return false;
      }
      return true;
    }
    Optional<String> relative = RequestPaths.relative(raw);
    if (relative.isEmpty()) {
      plain(exchange, 400, "bad request path\n", head);
      return false;
    }
    if (relative.get().startsWith(DevServer.INTERNAL)) {
      serveInternal(exchange, relative.get().substring(DevServer.INTERNAL.length()), head);
      return false;
    }
    List<Diagnostic> failure = builds.failure();
    if (!failure.isEmpty() && wantsHtml(exchange, relative.get())) {
      send(exchange, 500, "text/html; charset=utf-8", ErrorOverlay.html(failure).getBytes(StandardCharsets.UTF_8),
          head);
      return false;
    }
    Optional<Path> file = existing(relative.get());
    if (file.isEmpty()) {
      builds.awaitIdle(); // the site folder may be between the two renames of a swap
      file = existing(relative.get());
    }
    if (file.isEmpty()) {
      notFound(exchange, head);
    } else if (Files.isDirectory(file.get())) {
      if (!raw.endsWith("/")) {
        // Pages link relatively: a folder must be addressed with its slash for those links to resolve.
        exchange.getResponseHeaders().set("Location", raw + "/");
        plain(exchange, 301, "moved to " + raw + "/\n", head);
      } else {
        Optional<Path> index = existing(relative.get().isEmpty() ? "index.html" : relative.get() + "/index.html");
        if (index.isPresent()) {
          sendFile(exchange, 200, index.get(), head);
        } else {
          notFound(exchange, head);
        }
      }
    } else {
      sendFile(exchange, 200, file.get(), head);
    }
    return false;
  }

  /** A file or folder below the site folder, after symbolic links are followed; never outside it. */
  private Optional<Path> existing(String relative) {
    Optional<Path> candidate = RequestPaths.resolve(siteDir, relative);
    if (candidate.isEmpty() || !Files.exists(candidate.get(), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      Path real = candidate.get().toRealPath();
      return real.startsWith(siteDir.toRealPath()) ? Optional.of(real) : Optional.empty();
    } catch (IOException goneMeanwhile) {
      return Optional.empty();
    }
  }

  private void serveInternal(HttpExchange exchange, String name, boolean head) throws IOException {
    Path file = assetsDir.resolve(name);
    if (!INTERNAL_FILES.contains(name) || !Files.isRegularFile(file)) {
      plain(exchange, 404, "not found\n", head);
      return;
    }
    sendFile(exchange, 200, file, head);
  }

  private void notFound(HttpExchange exchange, boolean head) throws IOException {
    Optional<Path> page = existing("404.html");
    if (page.isPresent()) {
      sendFile(exchange, 404, page.get(), head);
    } else {
      plain(exchange, 404, "not found\n", head);
    }
  }

  private static boolean wantsHtml(HttpExchange exchange, String relative) {
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    if (name.isEmpty() || !name.contains(".")) {
      return true;
    }
    String accept = exchange.getRequestHeaders().getFirst("Accept");
    return ContentTypes.isHtml(name) || (accept != null && accept.contains("text/html"));
  }

  private static boolean hasBody(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    return exchange.getRequestHeaders().containsKey("Transfer-Encoding")
        || (length != null && !length.strip().equals("0"));
  }

  private static void sendFile(HttpExchange exchange, int status, Path file, boolean head) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException goneMeanwhile) {
      plain(exchange, 404, "not found\n", head);
      return;
    }
    String name = file.getFileName().toString();
    send(exchange, status, ContentTypes.of(name), ContentTypes.isHtml(name) ? withReloadScript(bytes) : bytes, head);
  }

  /**
   * The page with the live-reload script added before its {@code </head>}: the server adds it to what it sends,
   * so the site on disk stays what {@code build} makes and never carries it. A page without a head is sent as it
   * is. The tag is ASCII, and so are the bytes searched for, which no byte of a multi-byte character can be.
   */
  static byte[] withReloadScript(byte[] page) {
    int at = new String(page, StandardCharsets.ISO_8859_1).indexOf("</head>");
    if (at < 0) {
      return page;
    }
    byte[] tag = RELOAD_SCRIPT.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[page.length + tag.length];
    System.arraycopy(page, 0, out, 0, at);
    System.arraycopy(tag, 0, out, at, tag.length);
    System.arraycopy(page, at, out, at + tag.length, page.length - at);
    return out;
  }

  static final String RELOAD_SCRIPT = "<script src=\"/" + DevServer.INTERNAL + "serve-reload.js\" defer></script>\n";

  private static void plain(HttpExchange exchange, int status, String text, boolean head) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), head);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    // The policy a static host should use too: the site must work without inline code or other hosts.
    exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
