package dev.handbook.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.internal.HandbookNodeRenderer;

/**
 * The handbook's own rendering of headings (ids, anchors, topic links), question cards, code (always
 * left-to-right), links and images (rewritten and checked), Latin runs inside right-to-left text, and
 * tables (scrollable on phones). Stateless: per-page facts come from {@link RenderHints} on the Document.
 */
public final class HandbookHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
  private HandbookHtmlExtension() {}

  public static HandbookHtmlExtension create() {
    return new HandbookHtmlExtension();
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new HandbookNodeRenderer());
  }
}
