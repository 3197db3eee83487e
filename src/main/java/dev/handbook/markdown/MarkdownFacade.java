package dev.handbook.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import dev.handbook.markdown.block.BlockExtension;
import dev.handbook.markdown.block.BlockLint;
import dev.handbook.markdown.html.SafeHtmlExtension;
import dev.handbook.markdown.question.QuestionRecognizer;
import java.util.List;

/**
 * The one place that knows how Markdown is configured: CommonMark plus GFM tables, strikethrough and
 * autolinks, the {@code ///} blocks, question cards and the handbook's own rendering. Parser and renderer
 * are built once and shared by all threads; everything per page travels on the Document.
 */
public final class MarkdownFacade {
  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownFacade() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(),
        StrikethroughExtension.create(),
        LinkableTextAutolinks.create(),
        BlockExtension.create(),
        SafeHtmlExtension.create(),
        HandbookHtmlExtension.create(),
        MatchInPlaceInlineParser.extension()));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    // Line numbers of nodes (questions, headings, diagnostics) by binary search instead of counting line ends
    // from the start of the page for every node.
    options.set(Parser.TRACK_DOCUMENT_LINES, true);
    // The renderer's writer hands characters straight to its buffer instead of trimming and tracking every
    // line: with no indentation the HTML is the same bytes, made with less work per character.
    options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    this.renderer = HtmlRenderer.builder(options).build();
    // The parser gets the same options, with the tables' parsing step made once for all pages.
    MutableDataSet parserOptions = new MutableDataSet(options);
    parserOptions.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream()
        .map(extension -> extension instanceof TablesExtension ? SharedTableParagraphs.create() : extension)
        .toList());
    this.parser = Parser.builder(parserOptions).build();
  }

  /**
   * Parses a page body, reports block problems, and turns every question form into a card.
   *
   * @throws dev.handbook.diag.ContentException when the Markdown is nested too deeply to be read safely
   */
  public Document parse(String body, DocumentContext context) {
    NestingLimit.checkSource(body, context);
    Document document = parser.parse(body);
    document.set(DocumentContext.KEY, context);
    NestingLimit.checkTree(document, context);
    context.diagnostics().reportAll(BlockLint.lint(document));
    QuestionRecognizer.apply(document);
    return document;
  }

  public String render(Document document, RenderHints hints) {
    document.set(RenderHints.KEY, hints);
    return renderer.render(document);
  }
}
