package org.firebreak.intake;

import org.firebreak.queue.Message;
import org.firebreak.queue.PriorityScore;

/** Adds what the team sorts by: sentiment, language, priority and the near-duplicate cluster. */
public final class MessageEnricher {

  private final Sentiment sentiment;

  public MessageEnricher(Sentiment sentiment) {
    this.sentiment = sentiment;
  }

  public IncomingMessage enrich(IncomingMessage in) {
    Message m = in.message();
    double score = sentiment.score(m.text());
    Message enriched =
        new Message(
            m.id(),
            m.platform(),
            m.externalId(),
            m.conversationId(),
            m.author(),
            m.authorReach(),
            m.text(),
            m.url(),
            m.createdAt(),
            m.receivedAt(),
            m.direction(),
            LanguageGuess.of(m.text()),
            score,
            PriorityScore.of(m.authorReach(), score, m.text()),
            m.status(),
            m.assignee(),
            m.labels());
    return new IncomingMessage(enriched, NearDuplicateKey.of(m.text()), in.flags());
  }
}
