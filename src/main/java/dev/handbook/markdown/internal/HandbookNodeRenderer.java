package dev.handbook.markdown.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.HtmlText;
import dev.handbook.markdown.RenderHints;
import dev.handbook.markdown.Sequences;
import dev.handbook.markdown.UrlSafety;
import dev.handbook.markdown.question.QuestionAnswerNode;
import dev.handbook.markdown.question.QuestionNode;
import dev.handbook.markdown.question.QuestionTextNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders the nodes whose HTML the handbook decides itself; see {@code HandbookHtmlExtension}. */
public final class HandbookNodeRenderer implements NodeRenderer {
  /**
   * A run of Latin words (with the spaces, dots, dashes and slashes between them) inside RTL text. It ends on
   * a word's own character, "+" and "#" included (C++, C#): a dot, dash or slash after the last word is the
   * Persian sentence's punctuation, which drawn inside the run would stand between the word and the Persian.
   */
  private static final Pattern LATIN_RUN =
      Pattern.compile("[A-Za-z][A-Za-z0-9_+#]*(?:[ .\\-/]+[A-Za-z0-9][A-Za-z0-9_+#]*)*");

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(Heading.class, this::renderHeading),
        new NodeRenderingHandler<>(QuestionNode.class, this::renderQuestion),
        new NodeRenderingHandler<>(QuestionTextNode.class, (node, context, html) -> context.renderChildren(node)),
        new NodeRenderingHandler<>(QuestionAnswerNode.class, (node, context, html) -> context.renderChildren(node)),
        new NodeRenderingHandler<>(Code.class, this::renderCode),
        new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFenced),
        new NodeRenderingHandler<>(IndentedCodeBlock.class, this::renderIndented),
        new NodeRenderingHandler<>(Link.class, this::renderLink),
        new NodeRenderingHandler<>(Image.class, this::renderImage),
        new NodeRenderingHandler<>(LinkRef.class, this::renderLinkRef),
        new NodeRenderingHandler<>(ImageRef.class, this::renderImageRef),
        // Without this the core renderer would publish <vbscript:...> or <data:text/html,...> as live links.
        new NodeRenderingHandler<>(AutoLink.class, this::renderAutoLink),
        new NodeRenderingHandler<>(Text.class, this::renderText),
        new NodeRenderingHandler<>(TableBlock.class, this::renderTable));
  }

  private static RenderHints hints(NodeRendererContext context) {
    Document document = context.getDocument();
    RenderHints hints = RenderHints.KEY.get(document);
    return hints != null ? hints : new RenderHints("en", false, java.util.Map.of(), java.util.Map.of(), "",
        s -> s, s -> s, "");
  }

  private void renderHeading(Heading node, NodeRendererContext context, HtmlWriter html) {
    RenderHints hints = hints(context);
    String key = node.getAnchorRefId();
    String id = key.isEmpty() ? "" : hints.idPrefix() + key;
    html.line();
    html.raw("<h" + node.getLevel() + (id.isEmpty() ? "" : " id=\"" + HtmlText.escape(id) + "\"") + ">");
    context.renderChildren(node);
    if (!id.isEmpty()) {
      html.raw("<a class=\"heading-anchor\" href=\"#" + HtmlText.escape(id) + "\" aria-label=\""
          + HtmlText.escape(hints.label("link_to_section")) + "\">#</a>");
    }
    html.raw("</h" + node.getLevel() + ">");
    html.line();
    renderTopicLinks(hints, key, html);
  }

  private void renderQuestion(QuestionNode node, NodeRendererContext context, HtmlWriter html) {
    RenderHints hints = hints(context);
    String key = node.id();
    String id = hints.idPrefix() + key;
    boolean answered = node.answerNode().hasChildren()
        && !dev.handbook.markdown.PlainText.of(node.answerNode()).isBlank();
    html.line();
    html.raw("<article class=\"qbox\" id=\"" + HtmlText.escape(id) + "\" data-answered=\"" + answered
        + "\" aria-labelledby=\"" + HtmlText.escape(id) + "-q\">");
    html.line();
    int level = node.headingLevel();
    html.raw("<h" + level + " class=\"qbox-q\" id=\"" + HtmlText.escape(id) + "-q\">");
    if (!node.label().isEmpty()) {
      html.raw("<span class=\"qbox-num\">" + HtmlText.escape(hints.numbers().apply(node.label())) + "</span> ");
    }
    html.raw("<span class=\"qbox-text\">");
    context.renderChildren(node.textNode());
    html.raw("</span></h" + level + ">");
    html.line();
    if (answered) {
      html.raw("<details class=\"qbox-a\" open><summary>" + HtmlText.escape(hints.label("answer"))
          + "</summary><div class=\"qbox-a-body\">");
      html.line();
      context.renderChildren(node.answerNode());
      html.raw("</div></details>");
    } else {
      html.raw("<p class=\"qbox-empty\">" + HtmlText.escape(hints.label("no_answer_yet")));
      if (!hints.editUrl().isEmpty()) {
        html.raw(" <a class=\"qbox-edit\" href=\"" + HtmlText.escape(hints.editUrl()) + "\">"
            + HtmlText.escape(hints.label("help_answer")) + "</a>");
      }
      html.raw("</p>");
    }
    html.line();
    renderTopicLinks(hints, key, html);
    html.raw("</article>");
    html.line();
  }

  private void renderTopicLinks(RenderHints hints, String id, HtmlWriter html) {
    List<RenderHints.TopicLink> links = hints.topicLinks().get(id);
    if (links == null || links.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder("<p class=\"item-topics\"><span class=\"item-topics-label\">");
    out.append(HtmlText.escape(hints.label("topics"))).append("</span>");
    for (RenderHints.TopicLink link : links) {
      out.append(" <a class=\"topic-chip\" href=\"").append(HtmlText.escape(link.href())).append("\">")
          .append(HtmlText.escape(link.name()))
          .append(RenderHints.othersMarker(link.topicId())) // how much the other languages have, e.g. "VI 3 · FA 2"
          .append("</a>");
    }
    out.append("</p>");
    html.raw(out);
    html.line();
  }

  private void renderCode(Code node, NodeRendererContext context, HtmlWriter html) {
    html.raw("<code dir=\"ltr\">" + HtmlText.escape(node.getText()) + "</code>");
  }

  private void renderFenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
    String info = node.getInfo().toString().strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    String language = info.replaceAll("[^a-z0-9_+-]", "");
    writeCodeBlock(html, language, node.getContentChars().normalizeEOL());
  }

  private void renderIndented(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
    writeCodeBlock(html, "", node.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
  }

  private static void writeCodeBlock(HtmlWriter html, String language, String code) {
    html.line();
    String cls = language.isEmpty() ? "" : " class=\"language-" + language + "\"";
    html.raw("<pre class=\"code\" dir=\"ltr\" translate=\"no\"" + (language.isEmpty() ? "" : " data-lang=\""
        + language + "\"") + "><code" + cls + ">");
    html.openPre();
    html.raw(SyntaxHighlighter.highlight(language, code));
    html.closePre();
    html.raw("</code></pre>");
    html.line();
  }

  private void renderLink(Link node, NodeRendererContext context, HtmlWriter html) {
    writeLink(node, node.getUrl().unescape(), node.getTitle(), context, html);
  }

  /** {@code [text][ref]} goes through the same checks and link rewriting as an inline link. */
  private void renderLinkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
    Reference reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
    if (reference == null) {
      context.delegateRender();
      return;
    }
    writeLink(node, reference.getUrl().unescape(), reference.getTitle(), context, html);
  }

  private void renderImageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
    Reference reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
    if (reference == null) {
      context.delegateRender();
      return;
    }
    writeImage(node, reference.getUrl().unescape(), reference.getTitle(), context, html);
  }

  /** {@code <https://...>} and bare URLs: only allowed schemes become links, anything else stays text. */
  private void renderAutoLink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
    String text = node.getText().toString();
    String url = node.getUrl().toString();
    String href = url.startsWith("www.") ? "http://" + url : url;
    if (!UrlSafety.allowed(href)) {
      html.text(text);
      return;
    }
    html.raw("<a href=\"" + HtmlText.escape(href) + "\">").text(text).raw("</a>");
  }

  private void writeLink(Node node, String url, BasedSequence title, NodeRendererContext context,
      HtmlWriter html) {
    if (!UrlSafety.allowed(url)) {
      context.renderChildren(node);
      return;
    }
    String href = hints(context).links().apply(url);
    StringBuilder tag = new StringBuilder("<a href=\"").append(HtmlText.escape(href)).append("\"");
    if (!title.isEmpty()) {
      tag.append(" title=\"").append(HtmlText.escape(title.unescape())).append("\"");
    }
    if (UrlSafety.external(url)) {
      tag.append(" rel=\"noopener\"");
    }
    html.raw(tag.append(">"));
    context.renderChildren(node);
    html.raw("</a>");
  }

  private void renderImage(Image node, NodeRendererContext context, HtmlWriter html) {
    writeImage(node, node.getUrl().unescape(), node.getTitle(), context, html);
  }

  private void writeImage(Node node, String url, BasedSequence title, NodeRendererContext context,
      HtmlWriter html) {
    String alt = dev.handbook.markdown.PlainText.of(node);
    if (!UrlSafety.allowed(url) || UrlSafety.external(url)) {
      // No request to another host: an outside image becomes a plain link to it, an unsafe one just its text.
      if (UrlSafety.allowed(url)) {
        html.raw("<a href=\"" + HtmlText.escape(url) + "\" rel=\"noopener\">" + HtmlText.escape(alt) + "</a>");
      } else {
        html.text(alt);
      }
      return;
    }
    String src = hints(context).links().apply(url);
    StringBuilder tag = new StringBuilder("<img src=\"").append(HtmlText.escape(src)).append("\" alt=\"")
        .append(HtmlText.escape(alt)).append("\" loading=\"lazy\"");
    if (!title.isEmpty()) {
      tag.append(" title=\"").append(HtmlText.escape(title.unescape())).append("\"");
    }
    html.raw(tag.append(">"));
  }

  /** In right-to-left pages, Latin runs are isolated so their order and punctuation stay where written. */
  private void renderText(Text node, NodeRendererContext context, HtmlWriter html) {
    // Most text has no backslash escape or entity and nothing to escape: it is copied once, with no regex
    // run over it (what unescape() and text() would find is checked on the plain string instead).
    String text = Sequences.unescaped(Sequences.string(node.getChars()));
    if (!hints(context).rtl()) {
      if (HtmlText.needsEscape(text)) {
        html.text(text);
      } else {
        html.raw(text);
      }
      return;
    }
    Matcher m = LATIN_RUN.matcher(text);
    int last = 0;
    StringBuilder out = new StringBuilder(text.length() + 32);
    while (m.find()) {
      out.append(HtmlText.escape(text.substring(last, m.start())));
      out.append("<bdi dir=\"ltr\">").append(HtmlText.escape(m.group())).append("</bdi>");
      last = m.end();
    }
    out.append(HtmlText.escape(text.substring(last)));
    html.raw(out);
  }

  private void renderTable(TableBlock node, NodeRendererContext context, HtmlWriter html) {
    html.line();
    html.raw("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""
        + HtmlText.escape(hints(context).label("table")) + "\">");
    context.delegateRender();
    html.raw("</div>");
    html.line();
  }
}
