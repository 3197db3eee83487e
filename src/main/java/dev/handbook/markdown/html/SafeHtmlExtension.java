package dev.handbook.markdown.html;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.html.internal.BreakLineParser;
import dev.handbook.markdown.html.internal.SafeHtmlNodeRenderer;

/**
 * Raw HTML safety as one flexmark extension: HTML blocks and inline HTML are rendered through
 * {@link HtmlSanitizer} (removals become {@code html-removed} warnings on the document's
 * {@code DocumentContext}), comments are dropped, and {@code <div class="break-line ..."></div>} separator lines
 * parse as {@link BreakLine} and render as {@code <hr class="break-line ...">}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SafeHtmlExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  /** Diagnostic code of everything removed from raw HTML. */
  public static final String HTML_REMOVED = SafeHtmlNodeRenderer.CODE;

  private final HtmlSanitizer sanitizer;

  private SafeHtmlExtension(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  public static SafeHtmlExtension create() {
    return new SafeHtmlExtension(new HtmlSanitizer());
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new BreakLineParser.Factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    if ("HTML".equals(rendererType)) {
      builder.nodeRendererFactory(new SafeHtmlNodeRenderer.Factory(sanitizer));
    }
  }
}
