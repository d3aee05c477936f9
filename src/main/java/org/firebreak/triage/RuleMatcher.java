package org.firebreak.triage;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.firebreak.queue.Message;

/**
 * Decides whether a rule matches a message. Regular expressions run under a time box, so a pattern
 * that would backtrack for minutes is refused when the rule is made and cut short later.
 */
public final class RuleMatcher {

  /** How long one pattern may spend on one message. */
  static final long REGEX_BUDGET_NANOS = 20_000_000L;

  private static final String TORTURE = "a".repeat(28) + "!" + " aaaa bbbb".repeat(50);

  private final LabelRule rule;
  private final Pattern pattern;
  private final double threshold;

  public RuleMatcher(LabelRule rule) {
    this.rule = rule;
    this.pattern = compile(rule);
    this.threshold = threshold(rule);
  }

  /** Checks a rule before it is saved; the exception names the field and what to change. */
  public static void validate(LabelRule rule) {
    RuleMatcher m = new RuleMatcher(rule);
    if (m.pattern != null) {
      try {
        m.pattern.matcher(new TimeBoxed(TORTURE, System.nanoTime() + 50_000_000L)).find();
      } catch (TimeBoxed.Expired e) {
        throw new TriageRuleException(
            "The pattern would take too long on some messages (catastrophic backtracking): simplify nested repeats like (a+)+.",
            "pattern");
      }
    }
  }

  public boolean matches(Message m) {
    String text = m.text() == null ? "" : m.text();
    return switch (rule.kind()) {
      case KEYWORD, PHRASE ->
          containsWord(
              text.toLowerCase(Locale.ROOT), rule.value().toLowerCase(Locale.ROOT).strip());
      case REGEX -> regex(text);
      case AUTHOR -> normaliseHandle(m.author()).equals(normaliseHandle(rule.value()));
      case PLATFORM -> m.platform().name().equalsIgnoreCase(rule.value().strip());
      case LANGUAGE ->
          rule.value().strip().equalsIgnoreCase(m.language() == null ? "" : m.language());
      case SENTIMENT_BELOW -> m.sentiment() < threshold;
      case REACH_ABOVE -> m.authorReach() > threshold;
    };
  }

  private boolean regex(String text) {
    try {
      return pattern.matcher(new TimeBoxed(text, System.nanoTime() + REGEX_BUDGET_NANOS)).find();
    } catch (TimeBoxed.Expired e) {
      return false;
    }
  }

  private static boolean containsWord(String text, String needle) {
    if (needle.isEmpty()) {
      return false;
    }
    int at = text.indexOf(needle);
    while (at >= 0) {
      int end = at + needle.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      at = text.indexOf(needle, at + 1);
    }
    return false;
  }

  private static String normaliseHandle(String handle) {
    String h = handle == null ? "" : handle.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("@") ? h.substring(1) : h;
  }

  private static Pattern compile(LabelRule rule) {
    if (rule.value() == null || rule.value().isBlank()) {
      throw new TriageRuleException("The rule needs a value to look for.", "value");
    }
    if (rule.value().length() > 500) {
      throw new TriageRuleException("The rule's value is longer than 500 characters.", "value");
    }
    if (rule.kind() != LabelRule.Kind.REGEX) {
      return null;
    }
    try {
      return Pattern.compile(rule.value(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new TriageRuleException(
          "The pattern does not compile: "
              + e.getDescription()
              + " at position "
              + e.getIndex()
              + ".",
          "pattern");
    }
  }

  private static double threshold(LabelRule rule) {
    if (rule.kind() != LabelRule.Kind.SENTIMENT_BELOW
        && rule.kind() != LabelRule.Kind.REACH_ABOVE) {
      return 0;
    }
    try {
      return Double.parseDouble(rule.value().strip());
    } catch (NumberFormatException e) {
      throw new TriageRuleException(
          "The threshold must be a number, such as -0.5 or 10000.", "threshold");
    }
  }

  /** Text that stops a runaway match: every character read checks the clock. */
  static final class TimeBoxed implements CharSequence {
    static final class Expired extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Expired() {
        super(null, null, false, false);
      }
    }

    private final CharSequence text;
    private final long deadline;
    private int reads;

    TimeBoxed(CharSequence text, long deadline) {
      this.text = text;
      this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
        throw new Expired();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new TimeBoxed(text.subSequence(start, end), deadline);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
