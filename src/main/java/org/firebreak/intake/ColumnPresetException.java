package org.firebreak.intake;

/** A preset name refused, with the reason as a code the console translates. */
public final class ColumnPresetException extends IllegalArgumentException {

  /** Why a name is refused. */
  public enum Problem {
    EMPTY,
    TOO_LONG,
    CHARACTERS,
    BUILT_IN,
    TAKEN,
    UNKNOWN
  }

  private final Problem problem;
  private final String name;

  public ColumnPresetException(Problem problem, String name, String message) {
    super(message);
    this.problem = problem;
    this.name = name;
  }

  public Problem problem() {
    return problem;
  }

  public String name() {
    return name;
  }
}
