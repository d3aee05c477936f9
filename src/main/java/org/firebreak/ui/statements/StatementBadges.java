package org.firebreak.ui.statements;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.firebreak.statements.StatementState;

/** The state badge's colour as a pseudo-class: :state-draft, :state-in-review, ... */
final class StatementBadges {

  private StatementBadges() {}

  static void state(Node badge, StatementState now) {
    for (StatementState s : StatementState.values()) {
      badge.pseudoClassStateChanged(pseudo(s), s == now);
    }
  }

  static PseudoClass pseudo(StatementState s) {
    return PseudoClass.getPseudoClass(
        "state-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
