package org.firebreak.statements;

import java.util.List;

/** The tone check's verdict: a score out of 100 and its findings. It informs; it never blocks. */
public record ToneReport(String language, int score, List<ToneFinding> findings) {

  public ToneReport {
    findings = List.copyOf(findings);
  }

  public boolean has(ToneCategory category) {
    return findings.stream().anyMatch(f -> f.category() == category);
  }
}
