package org.firebreak.simulation;

import java.time.Instant;
import java.util.List;

/**
 * What a drill's debrief tells: the injects beside the team's actions on one timeline, the
 * trainer's notes, the score with its parts, and the parts to practise next (weakest first).
 */
public record Debrief(
    String title,
    String language,
    String team,
    long seed,
    Instant startedAt,
    int firstResponseMinutes,
    String originPlatform,
    List<Row> timeline,
    List<Note> notes,
    DrillScore score,
    List<String> practise,
    List<Scenario.GuideEntry> guide) {

  public Debrief {
    timeline = List.copyOf(timeline);
    notes = List.copyOf(notes);
    practise = List.copyOf(practise);
    guide = List.copyOf(guide);
  }

  /** Which column of the timeline a row belongs in. */
  public enum Side {
    INJECT,
    TEAM
  }

  /**
   * One moment: {@code kind} is the inject kind ({@code burst}, {@code event:journalist}, ...) or
   * the audit action ({@code label.add}, {@code reply.record}, ...); {@code count} messages.
   */
  public record Row(
      long offsetSeconds, Side side, String kind, String detail, String actor, int count) {}

  /** A trainer's note, seconds after the start. */
  public record Note(long offsetSeconds, String text) {}
}
