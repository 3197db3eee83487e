package dev.handbook.markdown.html;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A separator written as {@code <div class="break-line"></div>} on a line of its own (also
 * {@code break-line section} and {@code break-line end}); rendered as {@code <hr class="break-line ...">}.
 */
public final class BreakLine extends Block {
  private final String variant;

  /**
   * @param chars the line as written
   * @param variant empty, {@code section} or {@code end}
   */
  public BreakLine(BasedSequence chars, String variant) {
    super(chars);
    this.variant = variant;
  }

  /** Empty for a plain separator, {@code section} between sections, {@code end} at the end. */
  public String variant() {
    return variant;
  }

  /** The class attribute of the rendered {@code <hr>}. */
  public String cssClass() {
    return variant.isEmpty() ? "break-line" : "break-line " + variant;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
