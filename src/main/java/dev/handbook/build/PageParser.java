package dev.handbook.build;

import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.content.FrontMatter;
import dev.handbook.content.FrontMatterParser;
import dev.handbook.content.Page;
import dev.handbook.content.SourceFile;
import dev.handbook.content.SourceReader;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.MarkdownFacade;
import dev.handbook.markdown.NestingLimit;
import dev.handbook.markdown.PageAnalyzer;
import dev.handbook.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** Reads one source file into a {@link ParsedPage}: decode, split front matter, normalize, parse, analyze. */
final class PageParser {
  private final MarkdownFacade markdown;
  private final Diagnostics diagnostics;

  PageParser(MarkdownFacade markdown, Diagnostics diagnostics) {
    this.markdown = markdown;
    this.diagnostics = diagnostics;
  }

  /** The parsed page, or empty when the file has an error (already reported). */
  Optional<ParsedPage> parse(SourceFile source) {
    try {
      String text = SourceReader.decode(Files.readAllBytes(source.file()), source.displayPath());
      return Optional.of(parseText(source, text));
    } catch (ContentException e) {
      diagnostics.reportAll(e.diagnostics());
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.report(Diagnostic.error("io", source.displayPath(), 1, 1, "cannot read file: " + e.getMessage(),
          "check that the file exists and is readable"));
      return Optional.empty();
    } catch (StackOverflowError e) {
      // The nesting limits stop this before parsing; whatever slips past them is still the page's fault.
      diagnostics.report(Diagnostic.error(NestingLimit.CODE, source.displayPath(), 1, 1,
          "page is nested too deeply to be read", "flatten the nesting of quotes, lists, emphasis and links"));
      return Optional.empty();
    }
  }

  ParsedPage parseText(SourceFile source, String text) {
    String stem = source.slug().substring(source.slug().lastIndexOf('/') + 1);
    FrontMatterParser.Split split = FrontMatterParser.parse(text, source.displayPath(), stem);
    FrontMatter raw = split.frontMatter();
    FrontMatter frontMatter = new FrontMatter(TextNormalizer.normalizeText(raw.title(), source.lang()),
        TextNormalizer.normalizeText(raw.description(), source.lang()), raw.order(), raw.topics(), raw.source());
    if (split.body().isBlank()) {
      diagnostics.report(Diagnostic.warning("page-empty", source.displayPath(), 1, 1, "page has no content",
          "write the page, or delete the file"));
    }
    DocumentContext context = new DocumentContext(source.displayPath(), split.bodyLineOffset(), source.lang(),
        diagnostics);
    NestingLimit.checkSource(split.body(), context); // before normalizing: its patterns recurse on nesting too
    String body = TextNormalizer.normalizeMarkdown(split.body(), source.lang());
    Document document = markdown.parse(body, context);
    PageAnalyzer.Analysis analysis = PageAnalyzer.analyze(document, context, frontMatter.title());
    Page page = new Page(source.lang(), source.slug(), source.displayPath(), frontMatter, analysis.toc(),
        analysis.sections(), analysis.questions());
    return new ParsedPage(source, page, document);
  }
}
