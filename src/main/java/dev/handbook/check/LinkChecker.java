package dev.handbook.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.markdown.DocumentContext;
import dev.handbook.markdown.link.ContentLinks;
import dev.handbook.markdown.link.LinkResolution;

/**
 * Checks every link, image and reference definition of one parsed page against the handbook: missing files
 * and anchors, links that leave the content folder or point into the built site, unsafe schemes (errors), and
 * images from other hosts (a warning: the page shows a plain link instead, so no reader's browser asks another
 * host for anything). Located at the node's first character, as file line and column.
 */
public final class LinkChecker {
  public static final String IMAGE_EXTERNAL = "image-external";

  private LinkChecker() {}

  /**
   * @param contentPath the page's path below the content folder ({@code en/django-notes.md})
   */
  public static void check(Document document, String contentPath, ContentLinks links, Diagnostics diagnostics) {
    DocumentContext context = DocumentContext.KEY.get(document);
    if (context == null) {
      return;
    }
    for (Node node : document.getDescendants()) {
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
      LinkResolution resolution = links.resolve(contentPath, url);
      // A broken reference is reported once, at its definition, not at every use.
      if (resolution instanceof LinkResolution.Broken broken && !(node instanceof ImageRef)) {
        diagnostics.report(at(document, context, node, broken.code(), broken.message(), broken.hint(), true));
      } else if (image && resolution instanceof LinkResolution.External external && external.otherHost()) {
        diagnostics.report(at(document, context, node, IMAGE_EXTERNAL,
            "image from another host '" + url + "' is shown as a plain link, never loaded",
            "copy the image into the language folder and link to it with a relative path", false));
      }
    }
  }

  private static Diagnostic at(Document document, DocumentContext context, Node node, String code, String message,
      String hint, boolean error) {
    BasedSequence base = document.getChars();
    int offset = Math.min(node.getStartOffset(), base.length());
    int lineStart = offset;
    while (lineStart > 0 && base.charAt(lineStart - 1) != '\n' && base.charAt(lineStart - 1) != '\r') {
      lineStart--;
    }
    String prefix = base.subSequence(lineStart, offset).toString();
    int column = prefix.codePointCount(0, prefix.length()) + 1;
    int line = context.fileLine(document.getLineNumber(offset));
    return error
        ? Diagnostic.error(code, context.sourcePath(), line, column, message, hint)
        : Diagnostic.warning(code, context.sourcePath(), line, column, message, hint);
  }
}
