package org.firebreak.intake;

import org.firebreak.queue.Direction;

/**
 * One message as a source found it, every field still text. {@code where} names the file and line
 * (or record) it came from, so a rejection can point at it.
 *
 * @param platform platform name as written in the source, or null for the source's default
 * @param direction OUTBOUND for the brand's own posts (an account archive), else INBOUND
 */
public record RawMessage(
    String where,
    long line,
    String platform,
    String externalId,
    String conversationId,
    String author,
    String reach,
    String text,
    String url,
    String createdAt,
    Direction direction,
    String flag)
    implements SourceRecord {

  /** Same message with one more flag noted by the source (e.g. a boost). */
  public RawMessage withFlag(String extra) {
    return new RawMessage(
        where,
        line,
        platform,
        externalId,
        conversationId,
        author,
        reach,
        text,
        url,
        createdAt,
        direction,
        extra);
  }
}
