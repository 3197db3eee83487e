package dev.handbook.markdown.question;

/** Lets the page analyzer, which owns the id space of a page, set ids and heading levels on cards. */
public final class QuestionIds {
  private QuestionIds() {}

  public static void assign(QuestionNode node, String id, int headingLevel) {
    node.assignId(id);
    node.assignHeadingLevel(Math.min(6, Math.max(2, headingLevel)));
  }
}
