package org.firebreak.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.firebreak.store.LiveIntakeStore;

/**
 * The pause intake switch. While paused, every source still stores what arrives (nothing is lost),
 * but the queue shows only messages stored at or before the pause moment; the rest are counted as
 * held until Release. The moment is stored, so a pause survives a restart.
 */
public final class IntakePause {

  /** Whether intake is paused, since when, and how many arrivals it holds back. */
  public record State(Optional<Instant> pausedAt, long held) {
    public static final State RUNNING = new State(Optional.empty(), 0);

    public boolean paused() {
      return pausedAt.isPresent();
    }
  }

  private final LiveIntakeStore store;
  private final Clock clock;

  public IntakePause(LiveIntakeStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Optional<Instant> pausedAt() {
    return store.pausedAt();
  }

  public State state() {
    Optional<Instant> at = store.pausedAt();
    return at.map(t -> new State(at, store.heldSince(t))).orElse(State.RUNNING);
  }

  /** Pauses now (pausing again keeps the first moment). */
  public State pause() {
    Instant at = store.pause(clock.instant());
    return new State(Optional.of(at), store.heldSince(at));
  }

  /** Brings the held messages into the queue. */
  public State release() {
    store.release();
    return State.RUNNING;
  }
}
