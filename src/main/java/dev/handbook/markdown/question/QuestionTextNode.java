package dev.handbook.markdown.question;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The question itself: inline children (text, code, emphasis). */
public final class QuestionTextNode extends Block {
  public QuestionTextNode() {
    super(BasedSequence.NULL);
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
