package org.firebreak.ui.header;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.firebreak.plan.Playbook;
import org.firebreak.ui.common.I18n;

/**
 * The Declare dialog's playbook and severity: the playbooks in the interface's language first, and
 * the severity's first-response window shown beside it.
 */
final class PlaybookChoice {

  private final ComboBox<Playbook> playbook;
  private final ComboBox<Playbook.Severity> severity = new ComboBox<>();
  private final Label note = new Label();

  PlaybookChoice(DeclareIncidentForm form, I18n i18n, List<Playbook> playbooks) {
    String lang = i18n.locale().getLanguage();
    List<Playbook> items = new ArrayList<>();
    items.add(null);
    playbooks.stream()
        .sorted(
            Comparator.comparing((Playbook p) -> !p.language().equals(lang))
                .thenComparing(Playbook::nameKey))
        .forEach(items::add);
    playbook = new ComboBox<>(FXCollections.observableArrayList(items));
    playbook.setId("declarePlaybook");
    playbook.setPromptText(i18n.get("declare.playbook.none"));
    playbook.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Playbook p) {
            return p == null
                ? i18n.get("declare.playbook.none")
                : i18n.get("declare.playbook.item", p.name(), p.language().toUpperCase());
          }

          @Override
          public Playbook fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    playbook.valueProperty().bindBidirectional(form.playbook());

    severity.setId("declareSeverity");
    severity.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Playbook.Severity s) {
            return s == null ? "" : i18n.get("declare.severity.item", s.name(), s.windowMinutes());
          }

          @Override
          public Playbook.Severity fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    form.playbook()
        .addListener(
            (o, was, p) -> severity.getItems().setAll(p == null ? List.of() : p.severities()));
    severity.valueProperty().bindBidirectional(form.severity());
    severity.disableProperty().bind(form.playbook().isNull());

    note.setId("declarePlaybookNote");
    note.setWrapText(true);
    note.setMaxWidth(320);
    // room for the note from the start, so the dialog does not move under the pointer
    note.setMinHeight(54);
    note.setPrefHeight(54);
    note.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    form.playbook().get() == null
                        ? ""
                        : i18n.get(
                            "declare.playbook.loads",
                            form.playbook().get().checklist().size(),
                            form.playbook().get().statements().size(),
                            form.playbook().get().labels().size()
                                + form.playbook().get().rules().size()),
                form.playbook()));
  }

  ComboBox<Playbook> playbook() {
    return playbook;
  }

  ComboBox<Playbook.Severity> severity() {
    return severity;
  }

  Label note() {
    return note;
  }
}
