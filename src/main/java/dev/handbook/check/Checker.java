package dev.handbook.check;

import dev.handbook.build.BuildOptions;
import dev.handbook.build.CompiledPage;
import dev.handbook.build.Pipeline;
import dev.handbook.build.StepTimer;
import dev.handbook.content.Page;
import dev.handbook.content.PathDisplay;
import dev.handbook.content.SourceReader;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostics;
import dev.handbook.topics.TopicsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code handbook check}: every step of the build except writing (so every build diagnostic, including what
 * only rendering finds), then the content lints that only {@code check} reports.
 */
public final class Checker {
  private final PathDisplay display;

  public Checker(PathDisplay display) {
    this.display = display;
  }

  /**
   * @param siteDir the output folder a build would write, so that links into it are recognised
   */
  public CheckReport run(Path contentDir, Path templatesDir, Path siteDir, boolean strict) {
    BuildOptions options = new BuildOptions(contentDir, templatesDir, siteDir, strict, false, false);
    Diagnostics diagnostics = new Diagnostics();
    Map<String, Integer> pages = new LinkedHashMap<>();
    Map<String, Integer> unanswered = new LinkedHashMap<>();
    try {
      Pipeline pipeline = new Pipeline(display);
      StepTimer timer = new StepTimer();
      try (Pipeline.Model model = pipeline.read(options, diagnostics, timer)) {
        pipeline.renderWithoutWriting(options, model, timer);
        List<String> languages = model.config().languageCodes();
        List<Page> parsed = model.pages().stream().map(CompiledPage::page).toList();
        languages.forEach(lang -> pages.put(lang, 0));
        parsed.forEach(p -> pages.merge(p.lang(), 1, Integer::sum));
        unanswered.putAll(QuestionLints.unansweredCounts(parsed, languages));
        QuestionLints.lint(parsed, languages, diagnostics::report);
        model.pages().forEach(p -> lintSource(p, diagnostics));
        lintTopicNames(contentDir, languages, diagnostics);
      }
    } catch (ContentException e) {
      diagnostics.reportAll(e.diagnostics());
    }
    return new CheckReport(pages, unanswered, diagnostics.sorted(strict), strict);
  }

  private void lintTopicNames(Path contentDir, List<String> languages, Diagnostics diagnostics) {
    Path file = contentDir.resolve(TopicsLoader.FILE_NAME);
    String path = display.of(file);
    try {
      TopicNamesLint.lint(path, SourceReader.decode(Files.readAllBytes(file), path), languages, diagnostics::report);
    } catch (IOException | ContentException alreadyReportedOrAbsent) {
      // The build read topics.yml before this lint, and reported what is wrong with it; none is fine too.
    }
  }

  private static void lintSource(CompiledPage parsed, Diagnostics diagnostics) {
    String path = parsed.source().displayPath();
    String text;
    try {
      text = SourceReader.decode(Files.readAllBytes(parsed.source().file()), path);
    } catch (IOException | ContentException alreadyReportedByTheBuild) {
      return;
    }
    SourceTextLints.lint(path, parsed.page().lang(), text, diagnostics::report);
    FrontMatterLint.lint(path, text, parsed.page().frontMatter(), diagnostics::report);
  }
}
