package dev.handbook.markdown.block.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.RenderHints;
import dev.handbook.markdown.block.BlockNode;
import dev.handbook.markdown.block.BlockTitle;
import dev.handbook.markdown.block.KnownBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders {@link BlockNode}s as semantic HTML that needs no JavaScript: admonitions as {@code <aside>}, details
 * as {@code <details>}, a run of tabs as one {@code div.tabbed-set} of exclusive {@code <details>}, qbox and
 * unknown blocks as plain {@code <div>}s. Titles are the block's inline Markdown, escaped by flexmark.
 */
public final class BlockNodeRenderer implements NodeRenderer {
  /** The title element of a block ({@code p.admonition-title}, {@code summary}, {@code p.block-title}). */
  public static final AttributablePart TITLE_PART = new AttributablePart("BLOCK_TITLE");
  /** The {@code div.tabbed-content} around a tab's body. */
  public static final AttributablePart BODY_PART = new AttributablePart("BLOCK_BODY");
  /** One tab's {@code details.tabbed-block}; the {@code div.tabbed-set} gets the first tab's node attributes. */
  public static final AttributablePart TAB_PART = new AttributablePart("BLOCK_TAB");

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(BlockNode.class, this::render),
        new NodeRenderingHandler<>(BlockTitle.class, (node, ctx, html) -> ctx.renderChildren(node)));
  }

  private void render(BlockNode node, NodeRendererContext ctx, HtmlWriter html) {
    if (node.isTooDeep()) {
      html.line();
      html.attr("class", "block block-too-deep").withAttr().tag("pre");
      html.text(node.getChars().normalizeEOL());
      html.closeTag("pre").line();
      return;
    }
    String name = node.name();
    if (!node.isKnown()) {
      renderDiv(node, ctx, html, "block block-unknown", name);
    } else if (KnownBlocks.QBOX.equals(name)) {
      renderDiv(node, ctx, html, "block block-qbox", null);
    } else if (KnownBlocks.DETAILS.equals(name)) {
      renderDetails(node, ctx, html);
    } else if (KnownBlocks.TAB.equals(name)) {
      renderTabs(node, ctx, html);
    } else {
      renderAdmonition(node, ctx, html);
    }
  }

  private static void renderDiv(BlockNode node, NodeRendererContext ctx, HtmlWriter html, String cls, String dataName) {
    html.line();
    html.attr("class", classes(cls, node));
    if (dataName != null) {
      html.attr("data-block", dataName);
    }
    idAttr(node, html).withAttr().tag("div").line();
    if (node.title() != null) {
      html.attr("class", "block-title").withAttr(TITLE_PART).tag("p");
      ctx.renderChildren(node.title());
      html.closeTag("p").line();
    }
    renderBody(node, ctx, html);
    html.closeTag("div").line();
  }

  private static void renderAdmonition(BlockNode node, NodeRendererContext ctx, HtmlWriter html) {
    String type = node.name();
    if (KnownBlocks.ADMONITION.equals(type)) {
      type = node.blockOptions().string("type");
      if (type.isEmpty() || !type.matches("[A-Za-z0-9_-]+")) {
        type = "note";
      }
      type = type.toLowerCase(java.util.Locale.ROOT);
    }
    String label = node.title() != null ? plainText(node.title()) : defaultTitle(ctx, type);
    html.line();
    html.attr("class", classes("admonition " + type, node)).attr("role", "note").attr("aria-label", label);
    idAttr(node, html).withAttr().tag("aside").line();
    html.attr("class", "admonition-title").withAttr(TITLE_PART).tag("p");
    if (node.title() != null) {
      ctx.renderChildren(node.title());
    } else {
      html.text(label);
    }
    html.closeTag("p").line();
    renderBody(node, ctx, html);
    html.closeTag("aside").line();
  }

  private static void renderDetails(BlockNode node, NodeRendererContext ctx, HtmlWriter html) {
    String type = node.blockOptions().string("type");
    String cls = type.matches("[A-Za-z0-9_-]+") ? "details " + type.toLowerCase(java.util.Locale.ROOT) : "details";
    html.line();
    html.attr("class", classes(cls, node));
    idAttr(node, html);
    if (node.blockOptions().flag("open")) {
      html.attr("open", "");
    }
    html.withAttr().tag("details").line();
    html.withAttr(TITLE_PART).tag("summary");
    if (node.title() != null) {
      ctx.renderChildren(node.title());
    } else {
      html.text(defaultTitle(ctx, "details"));
    }
    html.closeTag("summary").line();
    renderBody(node, ctx, html);
    html.closeTag("details").line();
  }

  private static boolean isTab(Node n) {
    return n instanceof BlockNode b && b.isKnown() && !b.isTooDeep() && KnownBlocks.TAB.equals(b.name());
  }

  private static void renderTabs(BlockNode node, NodeRendererContext ctx, HtmlWriter html) {
    if (isTab(node.getPrevious()) && !node.blockOptions().flag("new")) {
      return; // rendered with the first tab of its set
    }
    List<BlockNode> tabs = new ArrayList<>();
    tabs.add(node);
    for (Node n = node.getNext(); isTab(n) && !((BlockNode) n).blockOptions().flag("new"); n = n.getNext()) {
      tabs.add((BlockNode) n);
    }
    int selected = 0;
    for (int i = 0; i < tabs.size(); i++) {
      if (tabs.get(i).blockOptions().flag("select")) {
        selected = i;
        break;
      }
    }
    // Unique on a page that gathers several documents: the source path's hash and the set's offset.
    DocumentContext dc = DocumentContext.KEY.get(ctx.getDocument());
    String group = "tabs-" + (dc == null ? "" : Integer.toHexString(dc.sourcePath().hashCode()) + "-")
        + node.getStartOffset();
    html.line();
    html.attr("class", "tabbed-set").attr("data-tabs", Integer.toString(tabs.size())).withAttr().tag("div")
        .line();
    for (int i = 0; i < tabs.size(); i++) {
      BlockNode tab = tabs.get(i);
      html.attr("class", classes("tabbed-block", tab)).attr("name", group);
      idAttr(tab, html);
      if (i == selected) {
        html.attr("open", "");
      }
      html.withAttr(TAB_PART).tag("details").line();
      html.attr("class", "tabbed-label").withAttr(TITLE_PART).tag("summary");
      if (tab.title() != null) {
        ctx.renderChildren(tab.title());
      } else {
        html.text(defaultTitle(ctx, "tab") + " " + (i + 1));
      }
      html.closeTag("summary").line();
      html.attr("class", "tabbed-content").withAttr(BODY_PART).tag("div").line();
      renderBody(tab, ctx, html);
      html.closeTag("div").line();
      html.closeTag("details").line();
    }
    html.closeTag("div").line();
  }

  private static void renderBody(BlockNode node, NodeRendererContext ctx, HtmlWriter html) {
    for (Node child = node.bodyFirstChild(); child != null; child = child.getNext()) {
      ctx.render(child);
    }
  }

  private static String classes(String base, BlockNode node) {
    List<String> extra = node.blockOptions().classes();
    return extra.isEmpty() ? base : base + " " + String.join(" ", extra);
  }

  private static HtmlWriter idAttr(BlockNode node, HtmlWriter html) {
    String id = node.blockOptions().id();
    if (!id.isEmpty()) {
      html.attr("id", id);
    }
    return html;
  }

  private static String plainText(Node title) {
    return new TextCollectingVisitor().collectAndGetText(title).strip();
  }

  private static String defaultTitle(NodeRendererContext ctx, String type) {
    RenderHints hints = RenderHints.KEY.get(ctx.getDocument());
    if (hints != null) {
      String label = hints.labels().get("block." + type);
      if (label != null && !label.isBlank()) {
        return label;
      }
    }
    return KnownBlocks.defaultTitle(type);
  }

  /** Creates the renderer; stateless. */
  public static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new BlockNodeRenderer();
    }
  }
}
