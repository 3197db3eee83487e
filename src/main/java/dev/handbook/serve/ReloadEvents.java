package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The open Server-Sent Events streams of {@code /__handbook/events}. A new stream first gets a {@code hello}
 * with the current build number (a page that loaded during a build sees that it is stale); every finished
 * build, good or failed, is a {@code reload} event. Streams that cannot be written are dropped.
 */
final class ReloadEvents implements AutoCloseable {
  /** More open pages than this is a runaway client, not a contributor's browser. */
  static final int MAX_CLIENTS = 64;

  private final List<HttpExchange> clients = new ArrayList<>();

  /** Starts a stream; false (and 503) when too many are open. */
  synchronized boolean open(HttpExchange exchange, long buildNumber) throws IOException {
    if (clients.size() >= MAX_CLIENTS) {
      return false;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    if (send(exchange, "retry: 1000\nevent: hello\ndata: " + buildNumber + "\n\n")) {
      clients.add(exchange);
    }
    return true;
  }

  synchronized void reload(long buildNumber) {
    broadcast("event: reload\ndata: " + buildNumber + "\n\n");
  }

  /**
   * The search index and print page caught up with a save that rebuilt one page: pages that show them (search,
   * print) reload again; the page that was saved already shows its new text and stays as it is.
   */
  synchronized void indexWritten(long buildNumber) {
    broadcast("event: index\ndata: " + buildNumber + "\n\n");
  }

  /** A comment line every few seconds finds closed pages, whose streams are then dropped. */
  synchronized void ping() {
    broadcast(": ping\n\n");
  }

  @Override
  public synchronized void close() {
    clients.forEach(HttpExchange::close);
    clients.clear();
  }

  private void broadcast(String message) {
    clients.removeIf(exchange -> !send(exchange, message));
  }

  private static boolean send(HttpExchange exchange, String message) {
    try {
      OutputStream out = exchange.getResponseBody();
      out.write(message.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return true;
    } catch (IOException closedByThePage) {
      exchange.close();
      return false;
    }
  }
}
