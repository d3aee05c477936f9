package org.firebreak.ui.statements;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.incident.Incident;
import org.firebreak.incident.Platform;
import org.firebreak.statements.StatementService;
import org.firebreak.statements.ToneFinding;
import org.firebreak.statements.ToneReport;
import org.firebreak.ui.common.TaskRunner;

/**
 * The live tone check: re-reads the draft when typing pauses, off the FX thread. Each check carries
 * a sequence number and only the newest one's report is shown.
 */
public final class ToneCheckViewModel {

  private final StatementService service;
  private final TaskRunner runner;
  private final Debounce debounce;
  private final ObservableValue<String> text;
  private final ObservableValue<Incident> incident;
  private final ObjectProperty<String> language = new SimpleObjectProperty<>("en");
  private final ObjectProperty<ToneReport> report = new SimpleObjectProperty<>();
  private final ObservableList<ToneFinding> findings = FXCollections.observableArrayList();
  private final SimpleBooleanProperty checking = new SimpleBooleanProperty(false);
  private long seq;

  ToneCheckViewModel(
      StatementService service,
      TaskRunner runner,
      Debounce debounce,
      ObservableValue<String> text,
      ObservableValue<Incident> incident) {
    this.service = service;
    this.runner = runner;
    this.debounce = debounce;
    this.text = text;
    this.incident = incident;
    text.addListener((o, was, now) -> schedule());
    language.addListener((o, was, now) -> check());
  }

  private void schedule() {
    checking.set(true);
    debounce.restart(this::check);
  }

  /** Checks the current text now (in the background). */
  public void check() {
    long mine = ++seq;
    String draft = text.getValue() == null ? "" : text.getValue();
    String lang = language.get();
    Incident i = incident.getValue();
    Platform origin = i == null ? null : i.originPlatform();
    checking.set(true);
    runner.run(
        () -> service.toneCheck(draft, lang, origin),
        r -> {
          if (mine == seq) { // a newer draft is being checked: this one is stale
            report.set(r);
            findings.setAll(r.findings());
            checking.set(false);
          }
        },
        e -> checking.set(false));
  }

  /** "en" or "id": which rule book reads the draft. */
  public ObjectProperty<String> languageProperty() {
    return language;
  }

  public ReadOnlyObjectProperty<ToneReport> reportProperty() {
    return report;
  }

  public ObservableList<ToneFinding> findings() {
    return findings;
  }

  public ReadOnlyBooleanProperty checkingProperty() {
    return checking;
  }
}
