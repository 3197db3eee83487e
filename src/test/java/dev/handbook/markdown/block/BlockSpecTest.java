package dev.handbook.markdown.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of {@code markdown/block/blocks_spec.md} (Markdown in, HTML and diagnostics out) through
 * the block and safe-HTML extensions. {@code -Dhandbook.updateGolden=true} rewrites the expected sections in the
 * source tree from what the code produces now; review the diff.
 */
class BlockSpecTest {
  static final String RESOURCE = "markdown/block/blocks_spec.md";

  @TestFactory
  List<DynamicTest> examples() throws IOException {
    String text = read(RESOURCE);
    List<SpecFile.Example> examples = SpecFile.parse(text);
    if (Boolean.getBoolean("handbook.updateGolden")) {
      String updated = SpecFile.rewrite(text, examples, BlockSpecTest::actual);
      Files.writeString(sourcePath(RESOURCE), updated, StandardCharsets.UTF_8);
      examples = SpecFile.parse(updated);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (SpecFile.Example ex : examples) {
      tests.add(DynamicTest.dynamicTest(ex.number() + ": " + ex.title() + " (line " + ex.line() + ")", () -> {
        SpecFile.Output got = actual(ex);
        assertEquals(ex.html() + "\n.\n" + ex.diagnostics(), got.html() + "\n.\n" + got.diagnostics(),
            "example " + ex.number() + " at " + RESOURCE + ":" + ex.line());
      }));
    }
    return tests;
  }

  static SpecFile.Output actual(SpecFile.Example ex) {
    String markdown = ex.markdown();
    if (ex.options().contains("crlf")) {
      markdown = markdown.replace("\n", "\r\n");
    }
    TestMarkdown.Result r = TestMarkdown.run(markdown);
    String diags = r.diagnostics().stream().map(BlockSpecTest::format).collect(Collectors.joining("\n"));
    return new SpecFile.Output(r.html().stripTrailing(), diags);
  }

  static String format(Diagnostic d) {
    return d.line() + ":" + d.column() + ": " + d.severity().label() + ": " + d.message() + " [" + d.code() + "]"
        + (d.hint().isEmpty() ? "" : " hint: " + d.hint());
  }

  static String read(String resource) throws IOException {
    try (InputStream in = BlockSpecTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Path sourcePath(String resource) {
    String dir = System.getProperty("handbook.projectDir", System.getProperty("user.dir"));
    return Path.of(dir, "src", "test", "resources").resolve(resource);
  }
}
