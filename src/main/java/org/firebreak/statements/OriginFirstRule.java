package org.firebreak.statements;

import org.firebreak.incident.Platform;

/**
 * The playbook's "first on the platform where the problem began": a statement goes out on the
 * incident's origin platform before any other, unless someone records why not.
 */
public final class OriginFirstRule {

  private OriginFirstRule() {}

  /**
   * The override reason to record for this publication: none when the rule is met, the stripped
   * reason when it is overridden, a refusal when it is broken without one.
   */
  public static String check(
      Platform origin, Platform target, boolean originPublished, String overrideReason) {
    if (target == origin || originPublished) {
      return null;
    }
    if (overrideReason == null || overrideReason.isBlank()) {
      throw new StatementRuleException("statement.error.originFirst", "overrideReason");
    }
    return ApprovalFlow.reason(overrideReason, "overrideReason");
  }
}
