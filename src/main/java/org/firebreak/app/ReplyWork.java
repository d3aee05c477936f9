package org.firebreak.app;

import java.util.ArrayList;
import java.util.List;
import org.firebreak.share.HubContent;
import org.firebreak.share.HubService;
import org.firebreak.statements.StatementService;
import org.firebreak.statements.StatementState;
import org.firebreak.triage.LabelAnswers;
import org.firebreak.triage.LabelLink;

/** Gathers the answers a label can link to from the statements and the crisis hub's FAQ. */
final class ReplyWork {

  private ReplyWork() {}

  static List<LabelAnswers.Answer> answers(StatementService statements, HubService hub) {
    List<LabelAnswers.Answer> out = new ArrayList<>();
    statements.list().stream()
        .filter(s -> s.state() != StatementState.REJECTED)
        .forEach(
            s ->
                out.add(
                    new LabelAnswers.Answer(
                        LabelLink.AnswerKind.STATEMENT, s.id(), s.title(), s.text())));
    for (HubContent.Faq f : hub.content().faq()) {
      out.add(
          new LabelAnswers.Answer(
              LabelLink.AnswerKind.FAQ,
              f.id(),
              f.question() + " (" + f.language() + ")",
              f.answer()));
    }
    return out;
  }
}
