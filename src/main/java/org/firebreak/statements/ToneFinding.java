package org.firebreak.statements;

/**
 * One thing the tone check noticed: which rule, the text it matched ({@code start}..{@code end} in
 * the draft; an empty span at 0 when something is missing) and why it matters, in one sentence.
 */
public record ToneFinding(
    String ruleId, ToneCategory category, int start, int end, String excerpt, String explanation) {

  static ToneFinding missing(ToneRule rule) {
    return new ToneFinding(rule.id(), rule.category(), 0, 0, "", rule.explanation());
  }

  static ToneFinding at(ToneRule rule, String text, int start, int end) {
    return new ToneFinding(
        rule.id(), rule.category(), start, end, text.substring(start, end), rule.explanation());
  }
}
