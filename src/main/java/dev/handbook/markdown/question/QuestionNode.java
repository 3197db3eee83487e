package dev.handbook.markdown.question;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.content.QuestionForm;
import dev.handbook.markdown.TopicMarkers;
import java.util.List;

/**
 * A question card in the Markdown tree, whatever syntax it came from. Its first child is a
 * {@link QuestionTextNode} (the question, inline content), its second a {@link QuestionAnswerNode} (blocks).
 */
public final class QuestionNode extends Block {
  private final QuestionForm form;
  private final String label;
  private final List<TopicMarkers.MarkedId> markedTopics;
  private final int sourceLine;
  private String id = "";
  private int headingLevel = 3;

  public QuestionNode(BasedSequence chars, QuestionForm form, String label, List<TopicMarkers.MarkedId> markedTopics,
      int sourceLine) {
    super(chars);
    this.form = form;
    this.label = label;
    this.markedTopics = List.copyOf(markedTopics);
    this.sourceLine = sourceLine;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }

  public QuestionForm form() {
    return form;
  }

  public String label() {
    return label;
  }

  /** The ids of the question's topic marker, with their offsets in the document. */
  public List<TopicMarkers.MarkedId> markedTopics() {
    return markedTopics;
  }

  /** 0-based line in the Markdown body where the question is written. */
  public int sourceLine() {
    return sourceLine;
  }

  public String id() {
    return id;
  }

  void assignId(String newId) {
    this.id = newId;
  }

  public int headingLevel() {
    return headingLevel;
  }

  void assignHeadingLevel(int level) {
    this.headingLevel = level;
  }

  public QuestionTextNode textNode() {
    return (QuestionTextNode) getFirstChild();
  }

  public QuestionAnswerNode answerNode() {
    return (QuestionAnswerNode) getLastChild();
  }
}
