package dev.handbook.content;

import java.util.List;

/**
 * A question card, whichever of the source forms it was written in.
 *
 * @param id stable, unique anchor id within the page
 * @param label the number the author gave it ("8"), or empty
 * @param text the question itself, without label or topic marker
 * @param answerText plain text of the answer, empty when there is none
 * @param form which source syntax it came from
 * @param sectionId id of the section it appears in, or empty when before the first heading
 * @param location where the question is written
 * @param markedTopics topic ids the author wrote on the question with {@code {topic: ...}}, where each is written
 */
public record Question(
    String id,
    String label,
    String text,
    String answerText,
    QuestionForm form,
    String sectionId,
    SourceLocation location,
    List<TopicRef> markedTopics) {
  public Question {
    markedTopics = List.copyOf(markedTopics);
  }

  public boolean answered() {
    return !answerText.isBlank();
  }
}
