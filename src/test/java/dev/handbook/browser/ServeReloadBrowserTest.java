package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.content.PathDisplay;
import dev.handbook.serve.DevServer;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;

/**
 * {@code handbook serve} in Chromium: an open page reloads by itself after a save, shows the errors after a save
 * that breaks the build, and comes back after the fix, all under the server's Content-Security-Policy.
 */
class ServeReloadBrowserTest {
  @TempDir static Path temp;
  static Path content;
  static DevServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    // A copy, so that the only changes the server sees are the test's own.
    Fixtures.copyTree(Fixtures.templates(), temp.resolve("templates"));
    StringWriter log = new StringWriter();
    server = DevServer.start(new DevServer.Settings(content, templates(), temp.resolve("site"), "127.0.0.1",
        0, Duration.ofMillis(100)), new PathDisplay(temp), new PrintWriter(log, true), new PrintWriter(log, true));
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void anOpenPageFollowsEverySave() throws IOException {
    browser.open(server.uri().resolve("en/notes/").toString());
    awaitEventStream();
    assertEquals(List.of(), browser.consoleErrors());
    Path notes = content.resolve("en/notes.md");
    String original = Files.readString(notes);

    Files.writeString(notes, original.replace("Intro text about the ORM.", "Saved just now."));
    browser.waitUntil(() -> mainText().contains("Saved just now."));
    awaitEventStream();

    Files.writeString(notes, original + "\n[gone](nope.md)\n");
    browser.waitUntil(() -> mainText().contains("The handbook does not build"));
    assertTrue(browser.find(".serve-diagnostics").getText().contains("link-file-missing"));
    assertEquals("rgb(198, 40, 40)", browser.style(".serve-error strong", "color"), "the overlay's style file loads");
    awaitEventStream();

    Files.writeString(notes, original);
    browser.waitUntil(() -> mainText().contains("Intro text about the ORM."));
    assertTrue(browser.driver().getTitle().startsWith("Notes"), browser.driver().getTitle());
  }

  @Test
  void anOpenPrintPageCatchesUpWithASaveThatRebuiltOnePage() throws IOException {
    browser.open(server.uri().resolve("en/print/").toString());
    awaitEventStream();
    Path notes = content.resolve("en/notes.md");
    String original = Files.readString(notes);
    try {
      Files.writeString(notes, original.replace("Intro text about the ORM.", "Printed after the index caught up."));
      browser.waitUntil(() -> mainText().contains("Printed after the index caught up."));
      assertEquals("print", browser.js("return document.documentElement.getAttribute('data-kind');"));
    } finally {
      Files.writeString(notes, original);
    }
    browser.waitUntil(() -> mainText().contains("Intro text about the ORM."));
  }

  /** The text of the page's main element, or "" while the page is being replaced by its reload. */
  private static String mainText() {
    try {
      Object text = browser.js("var m = document.querySelector('main'); return m ? m.textContent : '';");
      return text == null ? "" : text.toString();
    } catch (WebDriverException reloading) {
      return "";
    }
  }

  /** The page's event stream is open, so that the next save reaches it (the script marks the page). */
  private static void awaitEventStream() {
    browser.waitUntil(() -> {
      try {
        return "connected".equals(browser.js("return document.documentElement.getAttribute('data-live-reload');"));
      } catch (WebDriverException reloading) {
        return false;
      }
    });
  }

  private static Path templates() {
    return temp.resolve("templates");
  }
}
