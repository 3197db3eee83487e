package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site a build replaced is deleted, by a detached process when it is large, and only when it is ours. */
class OldSiteRemoverTest {
  @TempDir Path temp;

  private Path oldSite(String name) throws IOException {
    Path old = temp.resolve(name);
    for (int i = 0; i < 20; i++) {
      Path page = old.resolve("en/page-" + i + "/index.html");
      Files.createDirectories(page.getParent());
      Files.writeString(page, "<p>page " + i + "</p>");
    }
    Files.writeString(old.resolve(OutputFolder.MARKER), "handbook output folder\n");
    return old;
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(temp)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aLargeOldSiteIsDeletedByADetachedProcess() throws Exception {
    Path old = oldSite(OutputFolder.oldSiteName());
    OldSiteRemover.remove(old, true);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!siblings().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(List.of(), siblings(), "the old site and its renamed folder are gone");
  }

  @Test
  void aSmallOldSiteIsDeletedBeforeTheCallReturns() throws IOException {
    Path old = oldSite(OutputFolder.oldSiteName());
    OldSiteRemover.remove(old, false);
    assertFalse(Files.exists(old));
  }

  @Test
  void theDetachedProcessDeletesOnlyAnOldSiteOfOurs() throws Exception {
    Path unmarked = temp.resolve(OutputFolder.oldSiteName());
    Files.createDirectories(unmarked.resolve("en"));
    Files.writeString(unmarked.resolve("en/notes.txt"), "not ours: no marker");
    Path misnamed = oldSite("site-backup");
    for (Path folder : List.of(unmarked, misnamed)) {
      Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
          System.getProperty("java.class.path"), OldSiteRemover.class.getName(), folder.toString())
          .redirectErrorStream(true).start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      assertEquals(2, process.exitValue(), folder + " refused");
    }
    assertTrue(Files.exists(unmarked.resolve("en/notes.txt")));
    assertTrue(Files.exists(misnamed.resolve("en/page-3/index.html")));
  }

  @Test
  void aBuildLeavesAnOldSiteToTheLiveProcessItIsNamedAfter() throws IOException {
    Path beingDeleted = oldSite(OutputFolder.oldSiteName()); // named after this process, which is alive
    Path content = dev.handbook.testing.Fixtures.fixtureContent("small");
    OutputFolder out = OutputFolder.prepare(temp.resolve("site"), content, dev.handbook.testing.Fixtures.templates(),
        "site");
    out.abandon();
    assertTrue(Files.exists(beingDeleted.resolve("en/page-0/index.html")));
  }
}
