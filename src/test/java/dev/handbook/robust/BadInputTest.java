package dev.handbook.robust;

import static dev.handbook.robust.Cli.shown;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.robust.Cli.Run;
import dev.handbook.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile handbooks, each built through the command line: every case gets its exact
 * {@code path:line:col: severity: message} lines and exit code, never a stack trace, and a failed build never
 * creates or touches the output folder. Small cases live in {@code src/test/resources/bad-inputs/<case>/content};
 * byte-level, large and symlink cases are generated here.
 */
class BadInputTest {
  private static final String ENGLISH_ONLY = "title: Bad input\nlanguages:\n  - {code: en, name: English, dir: ltr}\n";
  private static final String UNSAFE_HINT = "use an http:, https: or mailto: URL, or a path to a file of the handbook";

  @TempDir Path temp;

  private Path site() {
    return temp.resolve("site");
  }

  private static Path corpus(String name) {
    return Fixtures.projectDir().resolve("src/test/resources/bad-inputs").resolve(name).resolve("content");
  }

  private static String at(Path content, String file) {
    return shown(content.resolve(file));
  }

  /** A one-language handbook in a temporary folder, for cases made of bytes rather than text. */
  private Path handbook() throws IOException {
    Path content = temp.resolve("content");
    Files.createDirectories(content.resolve("en"));
    Files.writeString(content.resolve("handbook.yml"), ENGLISH_ONLY);
    return content;
  }

  private static void write(Path content, String file, byte[] bytes) throws IOException {
    Files.createDirectories(content.resolve(file).getParent());
    Files.write(content.resolve(file), bytes);
  }

  private static void write(Path content, String file, String text) throws IOException {
    write(content, file, text.getBytes(UTF_8));
  }

  /** Text as UTF-8 and single bytes given as numbers, in order. */
  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private Run failedBuild(Path content, String... more) {
    Run run = Cli.build(content, site(), more);
    assertFalse(Files.exists(site()), "a failed build writes no output folder");
    return run;
  }

  private Document page(String path) throws IOException {
    return Jsoup.parse(site().resolve(path).toFile(), "UTF-8");
  }

  // ---- encodings and bytes -------------------------------------------------------------------------------

  @Test
  void invalidUtf8IsLocatedAtTheFirstBadByte() throws IOException {
    Path content = handbook();
    write(content, "en/page.md", bytes("---\ntitle: Bytes\n---\n\nFirst line.\nsecond ", 0xC3, 0x28, " line\n"));
    failedBuild(content).expect(1,
        at(content, "en/page.md") + ":6:8: error: invalid UTF-8 (byte 0xC3)");
  }

  @Test
  void invalidUtf8InAFileWithOldMacLineEndsIsLocatedOnItsLine() throws IOException {
    Path content = handbook();
    write(content, "en/page.md", bytes("---\rtitle: Bytes\r---\r\rab", 0xFF, "cd\r"));
    failedBuild(content).expect(1,
        at(content, "en/page.md") + ":5:3: error: invalid UTF-8 (byte 0xFF)");
  }

  @Test
  void utf16IsNamedWithOrWithoutByteOrderMark() throws IOException {
    Path content = handbook();
    String text = "---\ntitle: Wide\n---\n\nSaved by an editor as UTF-16.\n";
    write(content, "en/bom.md", text.getBytes(StandardCharsets.UTF_16)); // big-endian with BOM
    write(content, "en/plain.md", text.getBytes(StandardCharsets.UTF_16LE));
    failedBuild(content).expect(1,
        at(content, "en/bom.md") + ":1:1: error: file is UTF-16, not UTF-8",
        at(content, "en/plain.md") + ":1:1: error: file is UTF-16 (without a byte order mark), not UTF-8");
  }

  @Test
  void byteOrderMarkAndWindowsAndOldMacLineEndsAreReadLikeUnixText() throws IOException {
    Path content = handbook();
    String page = "---\ntitle: %s page\n---\n\nIntro.\n\n/// mystery\nBody.\n///\n";
    write(content, "en/bom.md", bytes(0xEF, 0xBB, 0xBF, page.formatted("Bom")));
    write(content, "en/crlf.md", page.formatted("Crlf").replace("\n", "\r\n"));
    write(content, "en/cr.md", page.formatted("Cr").replace("\n", "\r"));
    // The unknown block on line 7 of each page proves that the lines were counted as written.
    Cli.build(content, site()).expect(0,
        at(content, "en/bom.md") + ":7:1: warning: unknown block name 'mystery'",
        at(content, "en/cr.md") + ":7:1: warning: unknown block name 'mystery'",
        at(content, "en/crlf.md") + ":7:1: warning: unknown block name 'mystery'");
    for (String name : List.of("Bom", "Crlf", "Cr")) {
      Document doc = page("en/" + name.toLowerCase(java.util.Locale.ROOT) + "/index.html");
      assertEquals(name + " page", doc.selectFirst("h1").text(), "front matter read");
      assertFalse(doc.html().contains("\r"), "no carriage return reaches the page");
      assertFalse(doc.html().contains("\uFEFF"), "no byte order mark reaches the page");
    }
  }

  @Test
  void nulBytesAreLocated() throws IOException {
    Path content = handbook();
    write(content, "en/page.md", bytes("---\ntitle: Nul\n---\n\nHel", 0, "lo.\n"));
    failedBuild(content).expect(1,
        at(content, "en/page.md") + ":5:4: error: file contains a NUL byte; it looks like a binary file");
  }

  @Test
  void aBinaryFileNamedLikeAPageIsAnErrorAndABinaryImageIsCopiedAsItIs() throws IOException {
    byte[] png = bytes(0x89, "PNG\r\n", 0x1A, "\n", 0, 0, 0, 13, "IHDR", 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0);
    Path content = handbook();
    write(content, "en/page.md", "---\ntitle: Page\n---\n\n![Diagram](diagram.png)\n");
    write(content, "en/diagram.png", png);
    Cli.build(content, site()).expect(0);
    assertArrayEquals(png, Files.readAllBytes(site().resolve("en/diagram.png")));

    String before = Files.readString(site().resolve("en/page/index.html"));
    write(content, "en/photo.md", png);
    write(content, "en/page.md", "---\ntitle: Changed\n---\n\nChanged.\n");
    Cli.build(content, site())
        .expect(1, at(content, "en/photo.md") + ":3:1: error: file contains a NUL byte; it looks like a binary file");
    assertEquals(before, Files.readString(site().resolve("en/page/index.html")), "the previous site is intact");
  }

  @Test
  void anEmptyPageIsAWarningAndFailsOnlyUnderStrict() {
    Path content = corpus("empty-page");
    String warning = at(content, "en/empty.md") + ":1:1: warning: page has no content";
    Cli.build(content, site()).expect(0, warning);
    assertTrue(Files.exists(site().resolve("en/kept/index.html")));
    assertTrue(Files.exists(site().resolve("en/empty/index.html")), "an empty page still has its URL");
    Cli.build(content, temp.resolve("strict"), "--strict")
        .expect(1, warning.replace(": warning: ", ": error: "));
  }

  // ---- front matter and configuration --------------------------------------------------------------------

  @Test
  void malformedYamlIsLocatedByTheYamlParser() {
    Path content = corpus("yaml-malformed");
    Run run = failedBuild(content).expect(1,
        at(content, "en/indent.md") + ":3:8: error: invalid YAML: mapping values are not allowed here",
        at(content, "en/quote.md") + ":5:1: error: invalid YAML: found unexpected end of stream"
            + " (while scanning a quoted scalar started at line 3, column 14)");
    assertTrue(run.err().contains("hint: check indentation, quotes and the ':' after each key"), run.err());
  }

  @Test
  void unclosedFrontMatter() {
    Path content = corpus("front-matter-unclosed");
    failedBuild(content).expect(1,
        at(content, "en/page.md") + ":1:1: error: front matter opened with '---' is never closed");
  }

  @Test
  void wrongValueTypesAreLocatedAtTheValue() {
    Path content = corpus("wrong-types");
    failedBuild(content).expect(1,
        at(content, "en/order.md") + ":3:8: error: order must be a whole number",
        at(content, "en/title.md") + ":2:8: error: title must be a single value",
        at(content, "en/topic-list.md") + ":3:9: error: topics must be a list ([a, b] or '- ' lines)");
  }

  @Test
  void unknownKeysAreErrorsWithTheClosestKey() {
    Path content = corpus("unknown-key");
    Run run = failedBuild(content).expect(1,
        at(content, "en/page.md") + ":3:1: error: unknown key 'titel' in front matter");
    assertTrue(run.err().contains(
        "hint: allowed keys: title, description, order, topics, source (did you mean 'title'?)"), run.err());
  }

  @Test
  void aKeyGivenTwiceIsAnError() {
    Path content = corpus("duplicate-key");
    failedBuild(content).expect(1,
        at(content, "en/page.md") + ":4:1: error: key 'title' is given twice (first on line 2)");
  }

  @Test
  void unknownKeyInHandbookYml() {
    Path content = corpus("config-unknown-key");
    failedBuild(content).expect(1,
        at(content, "handbook.yml") + ":2:1: error: unknown key 'langauges' in handbook.yml");
  }

  @Test
  void anAliasBombIsRefusedAtItsFirstAliasAndQuickly() {
    Path content = corpus("alias-bomb");
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failedBuild(content));
    run.expect(1, at(content, "en/page.md") + ":4:8: error: YAML aliases are not supported");
  }

  // ---- Markdown structure and size -----------------------------------------------------------------------

  @Test
  void anUnclosedBlockIsAWarningAtItsOpeningLine() throws IOException {
    Path content = corpus("unclosed-block");
    Cli.build(content, site()).expect(0,
        at(content, "en/page.md") + ":7:1: warning: block 'note' opened here is never closed, so lines 8 to 12 are "
            + "all its body");
    assertTrue(page("en/page/index.html").text().contains("The body runs to the end of the page."));
  }

  @Test
  void blocksNestedAThousandDeepStopAtAClearLimit() throws IOException {
    Path content = handbook();
    String body = "/// note\n".repeat(1000) + "Innermost.\n" + "///\n".repeat(1000);
    write(content, "en/deep.md", "---\ntitle: Deep\n---\n\n" + body);
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> failedBuild(content));
    run.expect(1, at(content, "en/deep.md") + ":69:1: error: blocks are nested more than 64 deep; "
        + "block 'note' and everything inside it is shown as plain text");
  }

  @Test
  void quotesListsAndEmphasisNestedThousandsDeepStopAtAClearLimit() throws IOException {
    Path content = handbook();
    String front = "---\ntitle: Deep\n---\n\n";
    write(content, "en/quotes.md", front + ">".repeat(20_000) + " deep\n");
    StringBuilder list = new StringBuilder(front);
    for (int i = 0; i < 1000; i++) {
      list.append("  ".repeat(i)).append("- item\n");
    }
    write(content, "en/lists.md", list.toString());
    write(content, "en/emphasis.md", front + "*a ".repeat(30_000) + "x" + " a*".repeat(30_000) + "\n");
    write(content, "en/links.md", front + "[![".repeat(300) + "x" + "](a.png)](b.md)".repeat(300) + "\n");
    String limit = ": error: Markdown is nested more than 128 levels deep (quotes, lists, emphasis or links "
        + "inside each other)";
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> failedBuild(content));
    run.expect(1,
        at(content, "en/emphasis.md") + ":5:380" + limit,
        at(content, "en/links.md") + ":5:382" + limit,
        at(content, "en/lists.md") + ":133:257" + limit,
        at(content, "en/quotes.md") + ":5:129" + limit);
  }

  @Test
  void aTenMegabyteLineBuilds() throws IOException {
    Path content = handbook();
    String words = "Django middleware wraps every request and response in layers. ";
    String line = words.repeat(10 * 1024 * 1024 / words.length() + 1);
    write(content, "en/long.md", "---\ntitle: One long line\n---\n\n" + line + "\n");
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.build(content, site())).expect(0);
    assertTrue(Files.size(site().resolve("en/long/index.html")) > 10 * 1024 * 1024);
  }

  @Test
  void aFileOverTheSizeLimitIsAClearError() throws IOException {
    Path content = handbook();
    write(content, "en/huge.md", "---\ntitle: Huge\n---\n\n" + "x".repeat(17 * 1024 * 1024) + "\n");
    failedBuild(content).expect(1, at(content, "en/huge.md") + ":1:1: error: file is larger than 16 MiB");
  }

  @Test
  void fiveThousandHeadingsBuildFastWithDistinctIds() throws IOException {
    Path content = handbook();
    StringBuilder page = new StringBuilder("---\ntitle: Headings\n---\n\n");
    for (int i = 1; i <= 5000; i++) {
      page.append("## Heading ").append(i).append("\n\nText ").append(i).append(".\n\n");
    }
    write(content, "en/headings.md", page.toString());
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.build(content, site())).expect(0);
    List<String> ids = page("en/headings/index.html").select("div.content h2[id]").eachAttr("id");
    assertEquals(5000, ids.size());
    assertEquals(5000, new HashSet<>(ids).size(), "every heading has its own id");
  }

  // ---- files and folders ---------------------------------------------------------------------------------

  @Test
  void twoFilesWithTheSameUrlAreAnError() {
    Path content = corpus("url-collision");
    failedBuild(content).expect(1,
        at(content, "en/My Page.md") + ":1:1: warning: file name becomes the URL 'en/my-page/'",
        at(content, "en/my-page.md") + ":1:1: error: this page and " + at(content, "en/My Page.md")
            + " both become en/my-page/");
  }

  @Test
  void fileNamesWithSpacesUpperCaseVietnameseAndPersianBuildAtSluggedUrls() throws IOException {
    Path content = handbook();
    List<String> names = List.of("two words", "UPPER", "Ghi chú Việt", "یادداشت فارسی");
    for (String name : names) {
      write(content, "en/" + name + ".md", "---\ntitle: " + name + "\n---\n\nText.\n");
    }
    Cli.build(content, site()).expect(0,
        at(content, "en/Ghi chú Việt.md") + ":1:1: warning: file name becomes the URL 'en/ghi-chu-viet/'",
        at(content, "en/UPPER.md") + ":1:1: warning: file name becomes the URL 'en/upper/'",
        at(content, "en/two words.md") + ":1:1: warning: file name becomes the URL 'en/two-words/'",
        at(content, "en/یادداشت فارسی.md") + ":1:1: warning: file name becomes the URL 'en/یادداشت-فارسی/'");
    for (String url : List.of("two-words", "upper", "ghi-chu-viet", "یادداشت-فارسی")) {
      assertTrue(Files.isRegularFile(site().resolve("en/" + url + "/index.html")), url);
    }
  }

  @Test
  void symlinkLoopsAreSkippedWithAWarning() throws IOException {
    Path content = handbook();
    write(content, "en/page.md", "---\ntitle: Page\n---\n\nText.\n");
    Path en = content.resolve("en");
    Files.createSymbolicLink(en.resolve("self"), Path.of("."));
    Files.createSymbolicLink(en.resolve("parent"), Path.of(".."));
    Files.createSymbolicLink(en.resolve("ping"), Path.of("pong"));
    Files.createSymbolicLink(en.resolve("pong"), Path.of("ping"));
    Files.createSymbolicLink(content.resolve("loop"), content);
    String skipped = ":1:1: warning: symbolic link skipped";
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.build(content, site())).expect(0,
        at(content, "en/parent") + skipped,
        at(content, "en/ping") + skipped,
        at(content, "en/pong") + skipped,
        at(content, "en/self") + skipped,
        at(content, "loop") + skipped);
    assertTrue(Files.isRegularFile(site().resolve("en/page/index.html")));
  }

  @Test
  void aLanguageFolderMissingFromTheConfigIsAnError() {
    Path content = corpus("language-not-in-config");
    failedBuild(content).expect(1,
        at(content, "de") + ":1:1: error: folder 'de' is not a language of handbook.yml");
  }

  @Test
  void aConfiguredLanguageWithoutAFolderIsAWarning() {
    Path content = corpus("language-without-folder");
    String warning = at(content, "handbook.yml") + ":4:5: warning: language 'fa' has no folder " + at(content, "fa");
    Cli.build(content, site()).expect(0, warning);
    Cli.build(content, temp.resolve("strict"), "--strict").expect(1, warning.replace(": warning: ", ": error: "));
  }

  @Test
  void aLanguageFolderWithoutPagesIsAWarningAtTheLanguageInHandbookYml() {
    Path content = corpus("language-folder-empty");
    String config = at(content, "handbook.yml");
    Run run = Cli.build(content, site()).expect(0,
        config + ":3:5: warning: language 'vi' has no pages: " + at(content, "vi") + " holds no .md file",
        config + ":5:5: warning: language 'fa' has no pages: " + at(content, "fa") + " holds no .md file");
    assertTrue(run.err().contains("hint: add a page (handbook new fa/notes), or remove the language"), run.err());
    Cli.build(content, temp.resolve("strict"), "--strict").expect(1,
        config + ":3:5: error: language 'vi' has no pages: " + at(content, "vi") + " holds no .md file",
        config + ":5:5: error: language 'fa' has no pages: " + at(content, "fa") + " holds no .md file");
  }

  // ---- links, URLs and raw HTML --------------------------------------------------------------------------

  @Test
  void linksLeavingTheContentFolderAreErrors() {
    Path content = corpus("links-escaping-content");
    failedBuild(content).expect(1,
        at(content, "en/page.md") + ":5:6: error: link to '../../etc/passwd' leaves the content folder",
        at(content, "en/page.md") + ":5:47: error: link to '../handbook.yml': the handbook has no page or file "
            + "handbook.yml",
        at(content, "en/page.md") + ":7:1: error: link to '../../../etc/shadow.png' leaves the content folder");
  }

  @Test
  void javascriptVbscriptAndDataUrlsInLinksImagesAndReferencesAreErrors() {
    Path content = corpus("unsafe-urls");
    String page = at(content, "en/page.md");
    Run run = failedBuild(content).expect(1,
        page + ":5:1: error: link to a 'javascript:' URL is never published",
        page + ":5:32: error: link to a 'javascript:' URL is never published",
        page + ":5:64: error: link to a 'vbscript:' URL is never published",
        page + ":7:1: error: link to a 'data:' URL is never published",
        page + ":7:72: error: link to a 'data:' URL is never published",
        page + ":9:1: error: link to a 'javascript:' URL is never published",
        page + ":9:37: error: link to a 'javascript:' URL is never published",
        page + ":13:1: error: link to a 'vbscript:' URL is never published",
        page + ":14:1: error: link to a 'data:' URL is never published");
    assertTrue(run.err().contains("hint: " + UNSAFE_HINT), run.err());
  }

  @Test
  void unsafeAutolinksAreErrors() {
    Path content = corpus("unsafe-autolinks");
    String page = at(content, "en/page.md");
    failedBuild(content).expect(1,
        page + ":5:12: error: link to a 'vbscript:' URL is never published",
        page + ":5:37: error: link to a 'data:' URL is never published",
        page + ":5:64: error: link to a 'javascript:' URL is never published");
  }

  /** The renderer does not rely on the link check: whatever it is given, unsafe URLs stay text. */
  @Test
  void unsafeUrlsNeverBecomeLinksWhenRendered() throws IOException {
    for (String name : List.of("unsafe-urls", "unsafe-autolinks")) {
      String markdown = Files.readString(corpus(name).resolve("en/page.md"));
      Element body = Jsoup.parseBodyFragment(Markdown.render(markdown.substring(markdown.indexOf("\n\n")))).body();
      SafeHtml.assertSafe(body);
      if (name.equals("unsafe-autolinks")) {
        assertEquals(List.of("https://example.org/", "http://www.example.org", "mailto:mail@example.org"),
            body.select("a[href]").eachAttr("href"));
      } else {
        assertTrue(body.select("a[href], img").isEmpty(), body.html());
      }
    }
  }

  @Test
  void rawScriptIframeAndEventHandlersAreRemovedWithWarnings() throws IOException {
    Path content = corpus("raw-html");
    String page = at(content, "en/page.md");
    Cli.build(content, site()).expect(0,
        page + ":7:1: warning: removed <script> from raw HTML",
        page + ":9:1: warning: removed <iframe> from raw HTML",
        page + ":11:10: warning: removed attribute 'onerror' of <img> from raw HTML");
    Element body = page("en/page/index.html").selectFirst("div.content");
    assertTrue(body.select("script, iframe, [onerror]").isEmpty(), body.html());
    assertEquals("../../en/diagram.svg", body.selectFirst("img").attr("src")); // published like a Markdown image
    assertFalse(body.html().contains("alert"), body.html());
  }

  @Test
  void hostileRawHtmlNeverReachesTheReader() throws IOException {
    Path content = corpus("xss-vectors");
    Run run = Cli.build(content, site());
    assertEquals(0, run.exit(), run.err());
    run.assertNoStackTrace();
    assertEquals(31, run.diagnostics().size(), run.err());
    assertTrue(run.diagnostics().stream().allMatch(d -> d.contains(": warning: removed ")), run.err());
    SafeHtml.assertSafe(page("en/page/index.html").selectFirst("div.content"));
    for (Element chapter : page("en/print/index.html").select("main article")) {
      SafeHtml.assertSafe(chapter);
    }
  }

  @Test
  void htmlInTitlesAndDescriptionsIsEscapedByTheTemplates() throws IOException {
    Path content = corpus("html-in-titles");
    Cli.build(content, site()).expect(0);
    for (String file : List.of("index.html", "en/index.html", "en/page/index.html", "en/print/index.html",
        "404.html")) {
      Document doc = page(file);
      assertTrue(doc.select("script:not([src]), b, [onerror]").isEmpty(), file + ": " + doc.html());
    }
    Document chapter = page("en/page/index.html");
    assertEquals("<script>alert(1)</script> & <b>bold</b>", chapter.selectFirst("h1").text());
    assertTrue(chapter.title().startsWith("<script>alert(1)</script> & <b>bold</b>"), chapter.title());
    assertEquals("<img src=x onerror=alert(2)>", chapter.selectFirst("meta[name=description]").attr("content"));
    Element heading = chapter.selectFirst("main h2").clone();
    heading.select("a.heading-anchor").remove();
    assertEquals("Heading with <script>", heading.text());
  }

  // ---- templates -----------------------------------------------------------------------------------------

  @Test
  void aTemplateSyntaxErrorNamesTheTemplateAndLine() throws IOException {
    Path templates = Fixtures.copyTree(Fixtures.templates(), temp.resolve("templates"));
    Path chapter = templates.resolve("chapter.peb");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(chapter));
    lines.add(1, "{{ layout.pageTitle + }}");
    Files.write(chapter, lines);
    Run run = Cli.run("build", "--quiet", "--content", Fixtures.fixtureContent("small").toString(),
        "--templates", templates.toString(), "--out", site().toString());
    run.expect(1, shown(chapter) + ":2:1: error: template error: Unexpected token \"PRINT_END\" of value \"}}\"");
    assertFalse(Files.exists(site()));
  }

  @Test
  void aTemplateNamingAMissingValueNamesTheTemplateAndLine() throws IOException {
    Path templates = Fixtures.copyTree(Fixtures.templates(), temp.resolve("templates"));
    Path base = templates.resolve("base.peb");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(base));
    lines.add(1, "{{ layout.noSuchValue }}");
    Files.write(base, lines);
    Run run = Cli.run("build", "--quiet", "--content", Fixtures.fixtureContent("small").toString(),
        "--templates", templates.toString(), "--out", site().toString());
    assertEquals(1, run.exit(), run.err());
    run.assertNoStackTrace();
    assertEquals(1, run.diagnostics().size(), run.err());
    assertTrue(run.diagnostics().get(0).startsWith(shown(base) + ":2:1: error: template error: Attribute "
        + "[noSuchValue] of [dev.handbook.render.Views$Layout] does not exist"), run.err());
    assertFalse(Files.exists(site()));
  }

  @Test
  void aPrintTemplateThatDropsTheChaptersBodiesIsATemplateError() throws IOException {
    Path templates = Fixtures.copyTree(Fixtures.templates(), temp.resolve("templates"));
    Path print = templates.resolve("print.peb");
    Files.writeString(print, Files.readString(print).replace("{{ chapter.body | raw }}", "{{ chapter.title }}"));
    Run run = Cli.run("build", "--quiet", "--content", Fixtures.fixtureContent("small").toString(),
        "--templates", templates.toString(), "--out", site().toString());
    run.expect(1, shown(print) + ":1:1: error: template error: the print page does not show every chapter's body,"
        + " in order");
    assertFalse(Files.exists(site()));
    // Chapters render beside the failing print page: none may still be writing once the build has returned.
    try (var left = Files.list(temp)) {
      assertEquals(List.of("templates"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aChapterTemplateThatDropsOrRepeatsTheBodyIsATemplateError() throws IOException {
    Path templates = Fixtures.copyTree(Fixtures.templates(), temp.resolve("templates"));
    Path chapter = templates.resolve("chapter.peb");
    String original = Files.readString(chapter);
    for (String changed : List.of("{{ view.toc.size }}", "{{ view.body | raw }}{{ view.body | raw }}")) {
      Files.writeString(chapter, original.replace("{{ view.body | raw }}", changed));
      Run run = Cli.run("build", "--quiet", "--content", Fixtures.fixtureContent("small").toString(),
          "--templates", templates.toString(), "--out", site().toString());
      run.expect(1, shown(chapter) + ":1:1: error: template error: the chapter page must show the chapter's body"
          + " exactly once");
      assertFalse(Files.exists(site()));
    }
  }
}
