package dev.handbook.markdown.question;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The answer: block children; no children means the question has no answer yet. */
public final class QuestionAnswerNode extends Block {
  public QuestionAnswerNode() {
    super(BasedSequence.NULL);
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
