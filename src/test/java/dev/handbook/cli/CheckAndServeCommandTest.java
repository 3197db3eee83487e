package dev.handbook.cli;

import static dev.handbook.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command lines of {@code check} and {@code serve}, captured through picocli's writers. */
class CheckAndServeCommandTest {
  /** The lints that only {@code check} reports; the real handbook builds with no warning at all. */
  private static final Set<String> CHECK_ONLY = Set.of("question-unanswered", "question-repeated",
      "question-number-duplicate", "question-number-order");

  @Test
  void theRealHandbookHasNoBuildDiagnosticsOnlyCheckLints() throws IOException {
    CliRun run = run("check", "--format", "json", "--content", Fixtures.realContent().toString(), "--templates",
        Fixtures.templates().toString());
    assertEquals(0, run.exit(), run.out());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(0, root.get("summary").get("errors").asInt());
    for (JsonNode d : root.get("diagnostics")) {
      assertTrue(CHECK_ONLY.contains(d.get("code").asText()), d::toString);
    }
    assertTrue(root.get("summary").get("unanswered").get("fa").asInt() > 0, "the Persian chapter asks for help");
  }

  @Test
  void checkOnTheSmallFixturePrintsASummaryAndExitsZero() {
    CliRun run = run("check", "--content", Fixtures.fixtureContent("small").toString(), "--templates",
        Fixtures.templates().toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("checked 4 pages (vi 1, en 2, fa 1): 0 errors, "), run.out());
    assertTrue(run.out().endsWith("questions without an answer: vi 0, en 1, fa 1\n"), run.out());
    assertTrue(run.err().contains("warning: 1 question on this page has no answer yet (1 in 'en')"), run.err());
  }

  @Test
  void checkRejectsAnUnknownFormat() {
    CliRun run = run("check", "--format", "xml");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--format"), run.err());
  }

  @Test
  void serveListensOnLoopbackPort8000ByDefault() {
    CommandLine serve = HandbookCommand.commandLine().getSubcommands().get("serve");
    assertEquals("127.0.0.1", serve.getCommandSpec().findOption("--host").defaultValue());
    assertEquals("8000", serve.getCommandSpec().findOption("--port").defaultValue());
    CliRun help = run("serve", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--port") && help.out().contains("--host"), help.out());
  }

  @Test
  void serveRefusesAPortOutOfRangeAsAUsageError() {
    CliRun run = run("serve", "--port", "70000", "--content", Fixtures.fixtureContent("small").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--port must be between 0 and 65535"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void serveRefusesToBuildIntoAWatchedFolder() {
    String content = Fixtures.fixtureContent("small").toString();
    CliRun run = run("serve", "--port", "0", "--content", content, "--out", content + "/site");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--out must not be inside the content or templates folder"), run.err());
  }

  @Test
  void serveOnABusyPortFailsBeforeBuildingAndSuggestsAnyFreePort(@TempDir Path temp) throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path site = temp.resolve("site");
      CliRun run = run("serve", "--port", Integer.toString(busy.getLocalPort()), "--content",
          Fixtures.fixtureContent("small").toString(), "--templates", Fixtures.templates().toString(),
          "--out", site.toString());
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().startsWith("handbook: cannot listen on 127.0.0.1:" + busy.getLocalPort() + ": "),
          run.err());
      assertTrue(run.err().endsWith("Try another port, or 'handbook serve --port 0' for any free one.\n"), run.err());
      assertEquals("", run.out());
      assertFalse(Files.exists(site), "nothing was built");
    }
  }

  @Test
  void topLevelHelpListsTheNewCommands() {
    CliRun help = run("--help");
    for (String command : new String[] {"build", "check", "serve", "new"}) {
      assertTrue(help.out().contains("  " + command + " "), help.out());
    }
  }

}
