package org.firebreak.ui.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.plan.Playbook;
import org.firebreak.plan.PlaybookService;
import org.firebreak.share.AtomicFile;
import org.firebreak.store.PlaybookStore;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/** The Plan tab's playbooks: listed, added, duplicated, edited, deleted, exported, imported. */
public final class PlaybooksViewModel {

  private final PlaybookService playbooks;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final I18n i18n;
  private final String actor;
  private final ObservableList<Playbook> items = FXCollections.observableArrayList();
  private final SimpleStringProperty message = new SimpleStringProperty("");

  private final org.firebreak.ui.common.ReadFailures failures;

  public PlaybooksViewModel(
      PlaybookService playbooks,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n,
      String actor,
      org.firebreak.ui.common.ReadFailures failures) {
    this.failures = failures;
    this.playbooks = playbooks;
    this.runner = runner;
    this.dataChanged = dataChanged;
    this.i18n = i18n;
    this.actor = actor;
    // a triage action changes none of this: only other changes reload it
    dataChanged.subscribe(this::refresh, () -> {});
  }

  public void refresh() {
    runner.run(
        playbooks::all,
        failures.ok("failed.playbooks", items::setAll),
        failures.of("failed.playbooks"));
  }

  public void save(Playbook p, Consumer<Throwable> onFailure) {
    runner.run(
        () -> playbooks.save(p, actor),
        saved -> done(i18n.get("playbook.saved", saved.name())),
        onFailure);
  }

  public void duplicate(Playbook p, Consumer<Throwable> onFailure) {
    runner.run(
        () -> playbooks.duplicate(p.id(), i18n.get("playbook.copyName", p.name()), actor),
        copy -> done(i18n.get("playbook.saved", copy.name())),
        onFailure);
  }

  public void delete(Playbook p, Consumer<Throwable> onFailure) {
    runner.execute(
        () -> playbooks.delete(p.id(), actor),
        () -> done(i18n.get("playbook.deleted", p.name())),
        onFailure);
  }

  /** Writes every playbook and the committee to a JSON file (replaced atomically). */
  public void exportTo(Path file, Consumer<Throwable> onFailure) {
    runner.execute(
        () -> {
          byte[] json = playbooks.exportJson().getBytes(StandardCharsets.UTF_8);
          try {
            AtomicFile.write(file, out -> out.write(json));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        () -> message.set(i18n.get("playbook.exported", file.getFileName())),
        onFailure);
  }

  /** Reads a plan file: all of it is imported, or nothing when a field is bad. */
  public void importFrom(Path file, Consumer<Throwable> onFailure) {
    runner.run(
        () -> {
          String json = Files.readString(file, StandardCharsets.UTF_8);
          return playbooks.importJson(json, file.getFileName().toString(), actor);
        },
        (PlaybookStore.ImportResult r) ->
            done(i18n.get("playbook.imported", r.added(), r.replaced(), r.members())),
        onFailure);
  }

  private void done(String text) {
    message.set(text);
    dataChanged.fire();
  }

  public ObservableList<Playbook> items() {
    return items;
  }

  /** What the last action did. */
  public ReadOnlyStringProperty messageProperty() {
    return message;
  }
}
