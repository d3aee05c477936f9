package org.firebreak.ui.plan;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.firebreak.plan.Playbook;
import org.firebreak.ui.common.I18n;

/** One playbook in full, as a person reads it before a crisis. */
final class PlaybookDetail extends VBox {

  private final I18n i18n;

  PlaybookDetail(I18n i18n) {
    super(4);
    this.i18n = i18n;
    setId("playbookDetail");
    setPadding(new Insets(4, 8, 8, 8));
  }

  void show(Playbook p) {
    getChildren().clear();
    if (p == null) {
      return;
    }
    Label title = new Label(p.name());
    title.setId("playbookTitle");
    title.getStyleClass().add("fb-section-title");
    Label kind =
        new Label(
            i18n.get(
                p.builtIn() ? "playbook.kind.builtIn" : "playbook.kind.own",
                i18n.of("crisisType", p.type()),
                i18n.of("incident.cause", p.cause())));
    kind.getStyleClass().add("fb-playbook-builtin");
    kind.setWrapText(true);
    getChildren().addAll(title, kind);
    section(
        "playbook.severities",
        p.severities().stream()
            .map(s -> i18n.get("declare.severity.item", s.name(), s.windowMinutes()))
            .toList());
    section("playbook.checklist", numbered(p.checklist()));
    section(
        "playbook.statements",
        p.statements().stream().map(Playbook.HoldingStatement::title).toList());
    section(
        "playbook.labels",
        List.of(
            String.join(", ", p.labels().stream().map(Playbook.PlaybookLabel::name).toList()),
            i18n.get("playbook.rules.count", p.rules().size())));
    section(
        "playbook.hub",
        p.hub().isEmpty()
            ? List.of(i18n.get("playbook.hub.none"))
            : List.of(
                p.hub().title(),
                i18n.get("playbook.hub.items", p.hub().faq().size(), p.hub().steps().size())));
    section("playbook.tell", p.mustBeTold());
  }

  private void section(String key, List<String> lines) {
    Label heading = new Label(i18n.get(key));
    heading.getStyleClass().add("fb-playbook-detail-heading");
    getChildren().add(heading);
    for (String line : lines) {
      Label l = new Label(line);
      l.setWrapText(true);
      getChildren().add(l);
    }
  }

  private static List<String> numbered(List<String> steps) {
    return java.util.stream.IntStream.range(0, steps.size())
        .mapToObj(i -> (i + 1) + ". " + steps.get(i))
        .toList();
  }
}
