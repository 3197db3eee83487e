package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

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

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
      return new NodePostProcessor() {
        @Override
        public void process(NodeTracker state, Node node) {
          if (mayHoldLink(node.getChars())) {
            autolinks.process(state, node);
          }
        }
      };
    }
  }
}
