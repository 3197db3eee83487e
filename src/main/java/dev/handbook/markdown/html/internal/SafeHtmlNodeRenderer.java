package dev.handbook.markdown.html.internal;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.content.SourceLocation;
import dev.handbook.diag.Diagnostic;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.RenderHints;
import dev.handbook.markdown.html.BreakLine;
import dev.handbook.markdown.html.HtmlSanitizer;
import dev.handbook.markdown.html.Removal;
import dev.handbook.markdown.html.SanitizeResult;
import java.util.Set;

/**
 * Renders raw HTML through {@link HtmlSanitizer}: HTML blocks whole, inline HTML tag by tag; comments are
 * dropped. Each removal is a {@code html-removed} warning for the document's {@link DocumentContext}, at the
 * removed tag's file line and column. Also renders {@link BreakLine} as {@code <hr class="break-line">}.
 */
public final class SafeHtmlNodeRenderer implements NodeRenderer {
  public static final String CODE = "html-removed";
  static final String HINT = "raw HTML is limited to a safe allow-list; use Markdown instead";

  private final HtmlSanitizer sanitizer;

  SafeHtmlNodeRenderer(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(HtmlBlock.class, this::renderBlock),
        new NodeRenderingHandler<>(HtmlInnerBlock.class, this::renderInnerBlock),
        new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, ctx, html) -> { }),
        new NodeRenderingHandler<>(HtmlInnerBlockComment.class, (node, ctx, html) -> { }),
        new NodeRenderingHandler<>(HtmlInline.class, this::renderInline),
        new NodeRenderingHandler<>(HtmlInlineComment.class, (node, ctx, html) -> { }),
        new NodeRenderingHandler<>(BreakLine.class, SafeHtmlNodeRenderer::renderBreakLine));
  }

  private void renderBlock(HtmlBlock node, NodeRendererContext ctx, HtmlWriter html) {
    HtmlRendererOptions options = ctx.getHtmlOptions();
    if (options.suppressHtmlBlocks) {
      return;
    }
    BasedSequence chars = node.getContentChars();
    html.line();
    if (options.escapeHtmlBlocks) {
      html.raw("<p>").text(chars.normalizeEOL().stripTrailing()).raw("</p>");
    } else {
      String clean = clean(node, chars, ctx);
      if (!clean.isBlank()) {
        html.rawPre(clean.endsWith("\n") ? clean : clean + "\n");
      }
    }
    html.lineIf(options.htmlBlockCloseTagEol);
  }

  private void renderInnerBlock(HtmlInnerBlock node, NodeRendererContext ctx, HtmlWriter html) {
    if (!ctx.getHtmlOptions().suppressHtmlBlocks) {
      html.rawPre(clean(node, node.getChars(), ctx));
    }
  }

  private void renderInline(HtmlInline node, NodeRendererContext ctx, HtmlWriter html) {
    HtmlRendererOptions options = ctx.getHtmlOptions();
    if (options.suppressInlineHtml) {
      return;
    }
    if (options.escapeInlineHtml) {
      html.text(node.getChars().normalizeEOL());
    } else {
      html.raw(clean(node, node.getChars(), ctx));
    }
  }

  private static void renderBreakLine(BreakLine node, NodeRendererContext ctx, HtmlWriter html) {
    html.line();
    html.attr("class", node.cssClass()).withAttr().tagVoid("hr");
    html.line();
  }

  private String clean(Node node, BasedSequence chars, NodeRendererContext ctx) {
    RenderHints hints = RenderHints.KEY.get(ctx.getDocument());
    // Addresses into the handbook are published like Markdown links (a page's .md becomes its URL).
    SanitizeResult result = hints == null ? sanitizer.sanitizeBlock(chars.toString())
        : sanitizer.sanitizeBlock(chars.toString(), (url, image, tagOffset) -> hints.links().apply(url));
    if (result.changed()) {
      report(ctx.getDocument(), chars, result);
    }
    return normalizeEol(result.html());
  }

  private static void report(Document doc, BasedSequence chars, SanitizeResult result) {
    DocumentContext dc = DocumentContext.KEY.get(doc);
    if (dc == null) {
      return;
    }
    for (Removal r : result.removed()) {
      SourceLocation at = dc.locate(doc, chars, r.offset());
      dc.diagnostics().report(Diagnostic.warning(CODE, at.path(), at.line(), at.column(), r.message(), HINT));
    }
  }

  private static String normalizeEol(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Creates the renderer around one shared, immutable sanitizer. */
  public static final class Factory implements NodeRendererFactory {
    private final HtmlSanitizer sanitizer;

    public Factory(HtmlSanitizer sanitizer) {
      this.sanitizer = sanitizer;
    }

    @Override
    public NodeRenderer apply(DataHolder options) {
      return new SafeHtmlNodeRenderer(sanitizer);
    }
  }
}
