package dev.handbook.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.content.SourceLocation;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.html.HtmlSanitizer;
import dev.handbook.markdown.link.ContentLinks;
import dev.handbook.markdown.link.LinkResolution;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every link, image and reference definition of one parsed page against the handbook: missing files
 * and anchors, links that leave the content folder or point into the built site, unsafe schemes (errors), and
 * images from other hosts (a warning: the page shows a plain link instead, so no reader's browser asks another
 * host for anything). Located at the node's first character, as file line and column.
 *
 * <p>Two steps, because a page's links can only be checked once every page's anchors are known, while its
 * Markdown tree is dropped as soon as the page is rendered: {@link #collect} while the tree exists, then
 * {@link #check} over what it collected.
 */
public final class LinkChecker {
  public static final String IMAGE_EXTERNAL = "image-external";

  /**
   * One destination written on a page.
   *
   * @param url the destination as written (unescaped)
   * @param image whether it shows an image
   * @param reportBroken false for a use of a reference, whose definition carries the report
   * @param path the source file as the user sees it
   * @param line 1-based line in the file
   * @param column 1-based column in code points
   */
  public record LinkUse(String url, boolean image, boolean reportBroken, String path, int line, int column) {}

  private LinkChecker() {}

  /** Every destination of the page's tree, in document order. */
  public static List<LinkUse> collect(Document document) {
    DocumentContext context = DocumentContext.KEY.get(document);
    if (context == null) {
      return List.of();
    }
    List<LinkUse> uses = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlock || node instanceof HtmlInnerBlock || node instanceof HtmlInline) {
        collectRawHtml(document, context, node, uses);
        continue;
      }
      String url;
      boolean image = node instanceof Image || node instanceof ImageRef;
      if (node instanceof Link link) {
        url = link.getUrl().unescape();
      } else if (node instanceof Image img) {
        url = img.getUrl().unescape();
      } else if (node instanceof Reference reference) {
        url = reference.getUrl().unescape();
      } else if (node instanceof ImageRef ref && ref.isDefined() && ref.getReferenceNode(document) != null) {
        url = ref.getReferenceNode(document).getUrl().unescape();
      } else if (node instanceof AutoLink auto) {
        // <vbscript:...> is an autolink too; a bare www. address is an http link.
        url = auto.getUrl().toString().startsWith("www.") ? "http://" + auto.getUrl() : auto.getUrl().toString();
      } else {
        continue;
      }
      uses.add(at(document, context, node.getStartOffset(), url, image, !(node instanceof ImageRef)));
    }
    return List.copyOf(uses);
  }

  /**
   * Links and images written as raw HTML: the addresses the sanitizer keeps and hands on as local, located at
   * their tag. (What it removes, such as {@code javascript:} links, it reports itself.)
   */
  private static void collectRawHtml(Document document, DocumentContext context, Node node, List<LinkUse> uses) {
    BasedSequence chars = node instanceof HtmlBlock block ? block.getContentChars() : node.getChars();
    RAW_HTML.sanitizeBlock(chars.toString(), (url, image, tagOffset) -> {
      SourceLocation at = context.locate(document, chars, tagOffset);
      uses.add(new LinkUse(url, image, true, at.path(), at.line(), at.column()));
      return url;
    });
  }

  private static final HtmlSanitizer RAW_HTML = new HtmlSanitizer();

  /**
   * @param contentPath the page's path below the content folder ({@code en/django-notes.md})
   */
  public static void check(List<LinkUse> uses, String contentPath, ContentLinks links, Diagnostics diagnostics) {
    for (LinkUse use : uses) {
      LinkResolution resolution = links.resolve(contentPath, use.url(), use.image());
      // A broken reference is reported once, at its definition, not at every use.
      if (resolution instanceof LinkResolution.Broken broken && use.reportBroken()) {
        diagnostics.report(Diagnostic.error(broken.code(), use.path(), use.line(), use.column(), broken.message(),
            broken.hint()));
      } else if (use.image() && resolution instanceof LinkResolution.External external && external.otherHost()) {
        diagnostics.report(Diagnostic.warning(IMAGE_EXTERNAL, use.path(), use.line(), use.column(),
            "image from another host '" + use.url() + "' is shown as a plain link, never loaded",
            "copy the image into the language folder and link to it with a relative path"));
      }
    }
  }

  private static LinkUse at(Document document, DocumentContext context, int startOffset, String url, boolean image,
      boolean reportBroken) {
    SourceLocation at = context.locate(document, startOffset);
    return new LinkUse(url, image, reportBroken, at.path(), at.line(), at.column());
  }
}
