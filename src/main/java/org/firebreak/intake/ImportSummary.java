package org.firebreak.intake;

import java.util.List;

/**
 * What one import did. {@code rejections} lists at most {@link IntakePipeline#MAX_LISTED}
 * rejections; {@code rejected} counts them all.
 */
public record ImportSummary(
    String source,
    long read,
    long imported,
    long duplicates,
    long rejected,
    List<Rejection> rejections,
    List<String> warnings,
    boolean cancelled) {

  public ImportSummary {
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }

  /** "read 12, imported 10, duplicates 1, rejected 1" */
  public String line() {
    return "read "
        + read
        + ", imported "
        + imported
        + ", duplicates "
        + duplicates
        + ", rejected "
        + rejected
        + (cancelled ? " (cancelled)" : "");
  }
}
