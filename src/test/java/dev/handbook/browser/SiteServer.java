package dev.handbook.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from 127.0.0.1 under the sub-path {@value #PREFIX}, as a static host would, so
 * that a page loading at all proves its links are relative. Every HTML page is served with
 * {@code <meta http-equiv="Content-Security-Policy" content="default-src 'self'">} injected after its
 * charset, so any inline script or style, or request to another host, shows up as a console error.
 * Unknown paths get the site's {@code 404.html} with status 404.
 */
public final class SiteServer implements AutoCloseable {
  public static final String PREFIX = "/handbook/";
  public static final String CSP_META =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">";

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json",
      "svg", "image/svg+xml",
      "woff2", "font/woff2",
      "xml", "application/xml",
      "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final ExecutorService threads;
  private final Path site;

  private SiteServer(HttpServer server, ExecutorService threads, Path site) {
    this.server = server;
    this.threads = threads;
    this.site = site;
  }

  public static SiteServer start(Path site) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      ExecutorService threads = Executors.newFixedThreadPool(4);
      SiteServer handler = new SiteServer(server, threads, site.toAbsolutePath().normalize());
      server.createContext(PREFIX, handler::serve);
      server.setExecutor(threads);
      server.start();
      return handler;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The absolute URL of a path below the site root, e.g. {@code url("fa/print/")}. */
  public String url(String pathBelowRoot) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + pathBelowRoot;
  }

  /** The path below the site root of an absolute URL this server produced ("" for a foreign one). */
  public String pathOf(String url) {
    String base = url("");
    if (!url.startsWith(base)) {
      return "";
    }
    String path = url.substring(base.length());
    int cut = path.indexOf('#');
    return cut >= 0 ? path.substring(0, cut) : path;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String raw = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      String relative = raw.substring(PREFIX.length());
      if (relative.isEmpty() || relative.endsWith("/")) {
        relative += "index.html";
      }
      Path file = site.resolve(relative).normalize();
      int status = 200;
      if (!file.startsWith(site) || !Files.isRegularFile(file)) {
        file = site.resolve("404.html");
        status = 404;
      }
      String name = file.getFileName().toString();
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      byte[] body = Files.readAllBytes(file);
      if (extension.equals("html")) {
        String html = new String(body, StandardCharsets.UTF_8)
            .replaceFirst("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n" + CSP_META);
        body = html.getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
