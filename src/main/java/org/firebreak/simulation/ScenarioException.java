package org.firebreak.simulation;

/** A scenario that cannot be run; the message names the field path and what is wrong. */
public final class ScenarioException extends RuntimeException {

  private final String field;

  public ScenarioException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** The path of the field at fault, e.g. {@code injects[3].atMinute}. */
  public String field() {
    return field;
  }
}
