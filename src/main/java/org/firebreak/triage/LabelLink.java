package org.firebreak.triage;

/**
 * What a label adds to reply work: the answer it links to (a statement or an FAQ entry of the hub)
 * and its own response target in minutes. Each part may be absent.
 */
public record LabelLink(long labelId, AnswerKind answerKind, Long answerId, Integer targetMinutes) {

  /** Where a label's answer lives. */
  public enum AnswerKind {
    STATEMENT,
    FAQ
  }

  public boolean hasAnswer() {
    return answerKind != null && answerId != null;
  }
}
