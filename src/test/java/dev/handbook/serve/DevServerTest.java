package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.content.PathDisplay;
import dev.handbook.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code handbook serve} end to end on a free loopback port: the built site, a save that rebuilds the page and
 * sends the reload event, the error page while a save breaks the build, and requests that must be refused.
 */
class DevServerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir static Path temp;
  static Path content;
  static DevServer server;
  static HttpClient http;
  static final StringWriter log = new StringWriter();

  @BeforeAll
  static void start() throws IOException {
    content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    // A copy, so that the only changes the server sees are the test's own.
    Fixtures.copyTree(Fixtures.templates(), temp.resolve("templates"));
    Files.writeString(temp.resolve("secret.txt"), "outside the site\n");
    server = DevServer.start(new DevServer.Settings(content, templates(), temp.resolve("site"),
        "127.0.0.1", 0, Duration.ofMillis(100)), new PathDisplay(temp), new PrintWriter(log, true),
        new PrintWriter(log, true));
    http = HttpClient.newBuilder().connectTimeout(WAIT).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listensOnLoopbackAndServesTheSiteWithTheReloadScript() throws Exception {
    assertEquals("127.0.0.1", server.uri().getHost());
    assertTrue(server.uri().getPort() > 0);
    HttpResponse<String> page = get("en/notes/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(page.body().contains("<script src=\"/__handbook/serve-reload.js\" defer></script>\n</head>"),
        page.body());
    assertEquals(1, page.body().split("serve-reload", -1).length - 1, "one reload script, added by the server");
    assertEquals(404, get("assets/serve-reload.js").statusCode());
    HttpResponse<String> script = get("__handbook/serve-reload.js");
    assertEquals(200, script.statusCode());
    assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(script.body().contains("__handbook/events"));
    assertEquals("text/css; charset=utf-8", get("assets/handbook.css").headers().firstValue("Content-Type")
        .orElseThrow());
    assertEquals("image/svg+xml; charset=utf-8", get("assets/favicon.svg").headers().firstValue("Content-Type")
        .orElseThrow());
    HttpResponse<String> folder = get("en");
    assertEquals(301, folder.statusCode());
    assertEquals("/en/", folder.headers().firstValue("Location").orElseThrow());
    assertEquals(404, get("en/no-such-page/").statusCode());
  }

  @Test
  void anOrdinaryBuildHasNoReloadScript() throws IOException {
    Path site = temp.resolve("ordinary-site");
    assertFalse(Fixtures.build(content, site, false).failed());
    assertFalse(Files.exists(site.resolve("assets/serve-reload.js")));
    assertFalse(Files.exists(site.resolve("assets/serve-overlay.css")));
    assertFalse(Files.readString(site.resolve("en/notes/index.html")).contains("serve-reload"));
  }

  /** The server adds the script to what it sends: the folder it serves is a site that can be published. */
  @Test
  void theSiteOnDiskCarriesNoReloadScript() throws IOException, InterruptedException {
    assertEquals(200, get("en/notes/").statusCode());
    try (var files = Files.walk(temp.resolve("site"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertFalse(file.getFileName().toString().startsWith("serve-"), file.toString());
        if (file.toString().endsWith(".html")) {
          assertFalse(Files.readString(file).contains("serve-reload"), file.toString());
        }
      }
    }
  }

  @Test
  void theScriptGoesBeforeTheHeadsEndAndAPageWithoutAHeadIsSentAsItIs() {
    String page = "<!doctype html><html lang=\"fa\" dir=\"rtl\"><head><title>میان‌افزار</title></head><body>Tối ưu</body>";
    byte[] sent = SiteServer.withReloadScript(page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(page.replace("</head>", SiteServer.RELOAD_SCRIPT + "</head>"),
        new String(sent, java.nio.charset.StandardCharsets.UTF_8));
    byte[] fragment = "<p>سلام</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(fragment, SiteServer.withReloadScript(fragment));
  }

  @Test
  void aSaveRebuildsThePageAndSendsReloadAndABrokenSaveShowsTheErrorsUntilFixed() throws Exception {
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(
        HttpRequest.newBuilder(server.uri().resolve("__handbook/events")).build(),
        HttpResponse.BodyHandlers.ofLines());
    Thread reader = new Thread(() -> {
      try {
        HttpResponse<Stream<String>> response = stream.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        events.add("status: " + response.statusCode());
        events.add("type: " + response.headers().firstValue("Content-Type").orElse(""));
        response.body().forEach(events::add);
      } catch (Exception closedWhenTheServerStops) {
        events.add("closed");
      }
    });
    reader.setDaemon(true);
    reader.start();
    assertEquals("status: 200", next(events));
    assertEquals("type: text/event-stream; charset=utf-8", next(events));
    awaitLine(events, "event: hello");
    String original = Files.readString(content.resolve("en/notes.md"));

    Files.writeString(content.resolve("en/notes.md"), original.replace("Intro text about the ORM.",
        "Edited intro about the ORM."));
    awaitLine(events, "event: reload");
    assertTrue(get("en/notes/").body().contains("Edited intro about the ORM."));
    assertTrue(log.toString().contains("rebuilt that page alone"), "a body edit rebuilds one page: " + log);
    awaitLine(events, "event: index");
    assertTrue(get("en/print/").body().contains("Edited intro about the ORM."), "the print page caught up");

    Files.writeString(content.resolve("en/notes.md"), original + "\nSee [gone](nope&more.md).\n");
    awaitLine(events, "event: reload");
    assertTrue(server.failing());
    HttpResponse<String> overlay = get("en/notes/");
    assertEquals(500, overlay.statusCode());
    assertTrue(overlay.body().contains("link-file-missing"), overlay.body());
    assertTrue(overlay.body().contains("nope&amp;more.md"), "diagnostics are escaped: " + overlay.body());
    assertFalse(overlay.body().contains("nope&more.md"), overlay.body());
    assertTrue(overlay.body().contains("<script src=\"/__handbook/serve-reload.js\" defer></script>"));
    assertFalse(overlay.body().contains("<script>"), "no inline script");
    assertEquals(500, get("en/").statusCode(), "every page shows the errors");
    assertEquals(200, get("assets/handbook.css").statusCode(), "assets are still served");
    assertEquals(200, get("__handbook/serve-reload.js").statusCode());
    assertEquals(200, get("__handbook/serve-overlay.css").statusCode());

    Files.writeString(content.resolve("en/notes.md"), original);
    awaitLine(events, "event: reload");
    assertFalse(server.failing());
    HttpResponse<String> fixed = get("en/notes/");
    assertEquals(200, fixed.statusCode());
    assertTrue(fixed.body().contains("Intro text about the ORM."));
    assertTrue(log.toString().contains("link-file-missing") || log.toString().contains("nope&more.md"), log::toString);

    Path css = templates().resolve("assets/handbook.css");
    Files.writeString(css, Files.readString(css) + "\n/* edited while serving */\n");
    awaitLine(events, "event: reload");
    assertTrue(get("assets/handbook.css").body().contains("/* edited while serving */"), "templates are watched too");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../secret.txt",
      "/../../../../etc/passwd",
      "/%2e%2e/secret.txt",
      "/%2E%2E/%2E%2E/etc/passwd",
      "/en/%2e%2e/%2e%2e/secret.txt",
      "/en/..%2f..%2fsecret.txt",
      "/..%5c..%5csecret.txt",
      "/%2fetc%2fpasswd",
      "//etc/passwd",
      "/C:/Windows/win.ini",
      "/en/./../../secret.txt",
      "/.handbook-site",
      "/%00/index.html",
      "/%c0%ae%c0%ae/secret.txt",
  })
  void requestsOutsideTheSiteFolderAreRefused(String path) throws IOException {
    String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    String status = response.substring(0, response.indexOf("\r\n"));
    assertTrue(status.equals("HTTP/1.1 400 Bad Request") || status.equals("HTTP/1.1 404 Not Found"),
        path + " -> " + status);
    assertFalse(response.contains("outside the site"), path + " leaked a file outside the site");
    assertFalse(response.contains("root:"), path);
  }

  @Test
  void onlyGetAndHeadWithoutBodyAndBoundedPathsAreServed() throws IOException {
    String post = raw("POST /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    assertTrue(post.startsWith("HTTP/1.1 405"), post);
    assertTrue(post.contains("Allow: GET, HEAD"), post);
    String body = raw("GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
    assertTrue(body.startsWith("HTTP/1.1 413"), body);
    String longPath = raw("GET /" + "a".repeat(RequestPaths.MAX_LENGTH + 10)
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertTrue(longPath.startsWith("HTTP/1.1 414"), longPath.substring(0, Math.min(200, longPath.length())));
    String head = raw("HEAD /en/notes/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertTrue(head.startsWith("HTTP/1.1 200"), head);
    assertTrue(head.endsWith("\r\n\r\n"), "HEAD has no body: " + head);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends bytes exactly as written (no client normalizes the path) and reads the whole response. */
  private static String raw(String request) throws IOException {
    URI uri = server.uri();
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static String next(BlockingQueue<String> events) throws InterruptedException {
    String line = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertNotNull(line, "no event within " + WAIT);
    return line;
  }

  private static void awaitLine(BlockingQueue<String> events, String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      String line = events.poll(1, TimeUnit.SECONDS);
      if (wanted.equals(line)) {
        return;
      }
    }
    throw new AssertionError("no '" + wanted + "' within " + WAIT + "; server log:\n" + log);
  }

  private static Path templates() {
    return temp.resolve("templates");
  }
}
