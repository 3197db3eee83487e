package dev.handbook.markdown.block;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The argument of a {@link BlockNode} ({@code /// note | The *title*}) parsed as inline Markdown: its
 * children are inline nodes. Always the first child of its block.
 */
public final class BlockTitle extends Node {
  public BlockTitle(BasedSequence chars) {
    super(chars);
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
