package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;

/**
 * GFM autolinks exactly as flexmark's autolink extension finds them, asked only about text that can hold one.
 * That extension runs a regular expression over every text node of every page, which costs a third of parsing;
 * a bare link needs {@code ://} (a scheme), {@code www.} (any case) or {@code @} (e-mail), so a text node with
 * none of them, and no {@code &} or {@code \} (an entity or an escape may spell them), is left alone.
 */
final class LinkableTextAutolinks implements Parser.ParserExtension {
  private LinkableTextAutolinks() {}

  static LinkableTextAutolinks create() {
    return new LinkableTextAutolinks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    // The autolink extension's own options keep their defaults.
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  static boolean mayHoldLink(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '@' || c == '&' || c == '\\') {
        return true;
      }
      if (c == ':' && i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return true;
      }
      if ((c == 'w' || c == 'W') && i + 3 < n && (text.charAt(i + 1) | 0x20) == 'w'
          && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs over the page's text nodes itself: a node post-processor would have flexmark classify every node of the
   * page first (a tenth of parsing), only to be handed the text nodes. Nothing else post-processes the tree, so
   * no other step needs to hear of the links made.
   */
  private static final class Factory extends DocumentPostProcessorFactory {
    @Override
    public DocumentPostProcessor apply(Document document) {
      return new DocumentPostProcessor() {
        @Override
        public Document processDocument(Document page) {
          List<Node> texts = new ArrayList<>();
          for (Node node : page.getDescendants()) {
            if (node.getClass() == Text.class && mayHoldLink(node.getChars())) {
              texts.add(node);
            }
          }
          if (!texts.isEmpty()) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(page);
            for (Node text : texts) {
              if (text.getParent() != null) { // a node merged into the one before it is gone, as flexmark skips it
                autolinks.process(UNTRACKED, text);
              }
            }
          }
          return page;
        }
      };
    }
  }

  private static final NodeTracker UNTRACKED = new NodeTracker() {
    @Override
    public void nodeAdded(Node node) {}

    @Override
    public void nodeAddedWithChildren(Node node) {}

    @Override
    public void nodeAddedWithDescendants(Node node) {}

    @Override
    public void nodeRemoved(Node node) {}

    @Override
    public void nodeRemovedWithChildren(Node node) {}

    @Override
    public void nodeRemovedWithDescendants(Node node) {}
  };
}
