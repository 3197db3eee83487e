package dev.handbook.content;

/** The source syntaxes that become question cards. */
public enum QuestionForm {
  /** {@code /// qbox | question ... ///}. */
  QBOX,
  /** A list item starting with a bold whole sentence: {@code * **What is X?** (hint)}. */
  BOLD_ITEM,
  /** {@code Q: ...} followed by {@code A: ...}. */
  QA_PAIR
}
