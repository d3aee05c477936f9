package org.firebreak.triage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.firebreak.store.LabelLinkStore;

/**
 * Labels linked to their answers (a statement or an FAQ entry of the crisis hub) and their response
 * targets. Replying to a group of messages with a linked label can start from the answer.
 */
public final class LabelAnswers {

  /** An answer a label can link to, as a person picks it. */
  public record Answer(LabelLink.AnswerKind kind, long id, String title, String text) {}

  private final LabelLinkStore store;
  private final Supplier<List<Answer>> answers;
  private final Clock clock;

  /**
   * @param answers the statements and FAQ entries there are now (from the statements and the hub)
   */
  public LabelAnswers(LabelLinkStore store, Supplier<List<Answer>> answers, Clock clock) {
    this.store = store;
    this.answers = answers;
    this.clock = clock;
  }

  public Map<Long, LabelLink> links() {
    return store.all();
  }

  public List<Answer> choices() {
    return answers.get();
  }

  public void link(long labelId, Answer answer, Integer targetMinutes, String actor) {
    store.set(
        new LabelLink(
            labelId,
            answer == null ? null : answer.kind(),
            answer == null ? null : answer.id(),
            ResponseTarget.validate(targetMinutes)),
        actor,
        clock.instant());
  }

  /**
   * The answers linked to these labels (by label id), in label order; an answer that no longer
   * exists (a deleted FAQ entry) is left out.
   */
  public List<Answer> answersFor(List<Long> labelIds) {
    Map<Long, LabelLink> links = store.all();
    List<Answer> all = answers.get();
    List<Answer> out = new ArrayList<>();
    for (long id : labelIds) {
      LabelLink link = links.get(id);
      if (link != null && link.hasAnswer()) {
        find(all, link).filter(a -> !out.contains(a)).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Answer> find(List<Answer> all, LabelLink link) {
    return all.stream()
        .filter(a -> a.kind() == link.answerKind() && a.id() == link.answerId())
        .findFirst();
  }
}
