package dev.handbook.markdown.block;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Map;

/**
 * One generic block, {@code /// name | argument} ... {@code ///}, in the Markdown tree.
 *
 * <p>Children: when the block has an argument, its first child is a {@link BlockTitle} holding the argument
 * parsed as inline Markdown; the body's blocks follow. {@link #bodyFirstChild()} skips the title.
 *
 * <p>The parser fills the node; the setters are for the parser only. {@link #options()} is immutable.
 */
public final class BlockNode extends Block {
  private BasedSequence openingMarker = BasedSequence.NULL;
  private BasedSequence nameChars = BasedSequence.NULL;
  private BasedSequence argumentChars = BasedSequence.NULL;
  private BasedSequence optionsChars = BasedSequence.NULL;
  private BasedSequence closingMarker = BasedSequence.NULL;
  private BasedSequence rawContent = BasedSequence.NULL;
  private String name = "";
  private String argument = "";
  private BlockOptions options = BlockOptions.EMPTY;
  private boolean closed;
  private boolean known;
  private boolean tooDeep;

  public BlockNode() {}

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {openingMarker, nameChars, argumentChars, optionsChars, closingMarker};
  }

  @Override
  public void getAstExtra(StringBuilder out) {
    segmentSpanChars(out, openingMarker, "open");
    segmentSpanChars(out, nameChars, "name");
    segmentSpanChars(out, argumentChars, "argument");
    segmentSpanChars(out, optionsChars, "options");
    segmentSpanChars(out, closingMarker, "close");
    if (tooDeep) {
      out.append(" tooDeep");
    }
  }

  /** The block's name, lower-cased, e.g. {@code qbox}. */
  public String name() {
    return name;
  }

  /** The text after {@code |} on the opening line, trimmed; empty when there is none. */
  public String argument() {
    return argument;
  }

  /** The YAML options under the header as an immutable map (empty when none or invalid). */
  public Map<String, Object> options() {
    return options.values();
  }

  /** Everything known about the options, including why they were rejected. */
  public BlockOptions blockOptions() {
    return options;
  }

  /** Number of {@code /} in the opening fence; the closing fence has exactly as many. */
  public int fenceLength() {
    return openingMarker.length();
  }

  /** Whether a closing fence was found; an unclosed block runs to the end of its container. */
  public boolean isClosed() {
    return closed;
  }

  /** Whether {@link #name()} is one of {@link KnownBlocks#NAMES}. */
  public boolean isKnown() {
    return known;
  }

  /**
   * Whether this opener was nested deeper than {@link KnownBlocks#MAX_DEPTH}: such a block is not parsed
   * further, its lines (nested openers included) are kept as plain text in {@link #rawContent()}.
   */
  public boolean isTooDeep() {
    return tooDeep;
  }

  /** The title child, or null when the block has no argument. */
  public BlockTitle title() {
    return getFirstChild() instanceof BlockTitle t ? t : null;
  }

  /** The first child of the body, i.e. the first child that is not the {@link BlockTitle}. */
  public Node bodyFirstChild() {
    Node first = getFirstChild();
    return first instanceof BlockTitle ? first.getNext() : first;
  }

  /** The body's children in order, without the title. */
  public List<Node> bodyChildren() {
    java.util.ArrayList<Node> out = new java.util.ArrayList<>();
    for (Node n = bodyFirstChild(); n != null; n = n.getNext()) {
      out.add(n);
    }
    return List.copyOf(out);
  }

  /** The {@code ///} run of the opening line. */
  public BasedSequence getOpeningMarker() {
    return openingMarker;
  }

  public BasedSequence getNameChars() {
    return nameChars;
  }

  public BasedSequence getArgumentChars() {
    return argumentChars;
  }

  /** The option lines under the header as written, or {@link BasedSequence#NULL}. */
  public BasedSequence getOptionsChars() {
    return optionsChars;
  }

  /** The closing fence, or {@link BasedSequence#NULL} when unclosed. */
  public BasedSequence getClosingMarker() {
    return closingMarker;
  }

  /** The body's lines as written, only for a {@link #isTooDeep() too deep} block. */
  public BasedSequence rawContent() {
    return rawContent;
  }

  // ---- for the parser ----

  public void setOpening(BasedSequence openingMarker, BasedSequence nameChars, BasedSequence argumentChars,
      boolean known) {
    this.openingMarker = openingMarker;
    this.nameChars = nameChars;
    this.argumentChars = argumentChars;
    this.name = nameChars.toString().toLowerCase(java.util.Locale.ROOT);
    this.argument = argumentChars.trim().toString();
    this.known = known;
  }

  public void setOptions(BasedSequence optionsChars, BlockOptions options) {
    this.optionsChars = optionsChars;
    this.options = options;
  }

  public void setClosingMarker(BasedSequence closingMarker) {
    this.closingMarker = closingMarker;
    this.closed = closingMarker.isNotNull();
  }

  public void setTooDeep(BasedSequence rawContent) {
    this.tooDeep = true;
    this.rawContent = rawContent;
  }
}
