package org.firebreak.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The drill's clock: starts at a chosen instant and runs {@code speed} times faster than the real
 * one (1× to 60×); can be paused, resumed and jumped. Every change re-anchors the simulated time at
 * the moment it is made, so no simulated time is lost or repeated. Thread-safe.
 */
public final class SimulatedClock extends Clock {

  public static final int MIN_SPEED = 1;
  public static final int MAX_SPEED = 60;

  private final Clock real;
  private Instant anchorSim;
  private Instant anchorReal;
  private int speed;
  private boolean paused;

  /** A paused clock at {@code start}, driven by {@code real} once resumed. */
  public SimulatedClock(Instant start, int speed, Clock real) {
    this.real = real;
    this.anchorSim = start;
    this.anchorReal = real.instant();
    this.speed = checkSpeed(speed);
    this.paused = true;
  }

  public SimulatedClock(Instant start, int speed) {
    this(start, speed, Clock.systemUTC());
  }

  @Override
  public synchronized Instant instant() {
    if (paused) {
      return anchorSim;
    }
    Duration realElapsed = Duration.between(anchorReal, real.instant());
    return anchorSim.plus(realElapsed.multipliedBy(speed));
  }

  public synchronized void pause() {
    if (!paused) {
      reanchor();
      paused = true;
    }
  }

  public synchronized void resume() {
    if (paused) {
      anchorReal = real.instant();
      paused = false;
    }
  }

  public synchronized boolean isPaused() {
    return paused;
  }

  public synchronized int speed() {
    return speed;
  }

  public synchronized void setSpeed(int newSpeed) {
    checkSpeed(newSpeed);
    reanchor();
    speed = newSpeed;
  }

  /** Moves simulated time to {@code target} (forwards or back); running or paused stays so. */
  public synchronized void jumpTo(Instant target) {
    anchorSim = target;
    anchorReal = real.instant();
  }

  private void reanchor() {
    anchorSim = instant();
    anchorReal = real.instant();
  }

  private static int checkSpeed(int speed) {
    if (speed < MIN_SPEED || speed > MAX_SPEED) {
      throw new IllegalArgumentException("speed must be 1 to 60, not " + speed);
    }
    return speed;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
