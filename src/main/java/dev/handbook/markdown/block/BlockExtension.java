package dev.handbook.markdown.block;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.block.internal.BlockNodeRenderer;
import dev.handbook.markdown.block.internal.FencedBlockParser;

/**
 * The generic block syntax of pymdown-extensions' Blocks as one flexmark extension:
 *
 * <pre>
 * /// name | argument
 *     option: value
 *
 * Markdown body
 * ///
 * </pre>
 *
 * <p>Parses into {@link BlockNode}s and renders the known names ({@link KnownBlocks}); {@link BlockLint} reports
 * unknown names, unclosed blocks, bad options and too deep nesting. Stateless and thread-safe: one Parser and
 * HtmlRenderer built with it can serve every page in parallel.
 *
 * <p>Parser options it sets unless already set: flexmark's deep HTML block parser, with closed HTML interruptible
 * by Markdown, so that {@code <div>...</div>} directly followed by a {@code /// name} line ends the HTML block
 * there (as Python-Markdown, for which this syntax was written, does) instead of swallowing the block.
 */
public final class BlockExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private BlockExtension() {}

  public static BlockExtension create() {
    return new BlockExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    if (!options.contains(Parser.HTML_BLOCK_DEEP_PARSER)) {
      options.set(Parser.HTML_BLOCK_DEEP_PARSER, true);
    }
    if (!options.contains(Parser.HTML_BLOCK_DEEP_PARSE_MARKDOWN_INTERRUPTS_CLOSED)) {
      options.set(Parser.HTML_BLOCK_DEEP_PARSE_MARKDOWN_INTERRUPTS_CLOSED, true);
    }
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new FencedBlockParser.Factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    if ("HTML".equals(rendererType)) {
      builder.nodeRendererFactory(new BlockNodeRenderer.Factory());
    }
  }
}
