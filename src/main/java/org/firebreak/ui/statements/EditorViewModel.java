package org.firebreak.ui.statements;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.firebreak.statements.SaveResult;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementService;
import org.firebreak.ui.common.I18n;

/**
 * The draft being edited. It remembers the version it started from, so a save after someone else's
 * shows the conflict (their text and author) and keeps both texts.
 */
public final class EditorViewModel {

  private final StatementsViewModel parent;
  private final StatementService service;
  private final I18n i18n;
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty loadedText = new SimpleStringProperty("");
  private final ObjectProperty<SaveResult.Conflict> conflict = new SimpleObjectProperty<>();
  private long statementId = -1;
  private int baseVersion;
  private final BooleanBinding dirty;
  private final BooleanBinding canSave;

  EditorViewModel(StatementsViewModel parent, StatementService service, I18n i18n) {
    this.parent = parent;
    this.service = service;
    this.i18n = i18n;
    dirty =
        Bindings.createBooleanBinding(() -> !text.get().equals(loadedText.get()), text, loadedText);
    canSave =
        Bindings.createBooleanBinding(
            () ->
                dirty.get()
                    && !parent.busyProperty().get()
                    && parent.allowed().contains(org.firebreak.statements.StatementAction.EDIT),
            dirty,
            parent.busyProperty(),
            parent.detailProperty());
  }

  /**
   * Shows a statement. A different statement replaces the text; the same one keeps unsaved typing
   * (a newer version saved meanwhile surfaces as a conflict when this one is saved).
   */
  void load(Statement s) {
    if (s == null) {
      statementId = -1;
      conflict.set(null);
      loadedText.set("");
      text.set("");
      return;
    }
    boolean other = s.id() != statementId;
    if (other || !dirty.get()) {
      statementId = s.id();
      baseVersion = s.version();
      loadedText.set(s.text());
      text.set(s.text());
      if (other) {
        conflict.set(null);
      }
    }
  }

  /** Saves the text as a new version of the statement it started from. */
  public void save() {
    long id = statementId;
    int base = baseVersion;
    String body = text.get();
    parent.perform(
        () -> service.saveDraft(id, base, body, parent.actor()),
        r ->
            r instanceof SaveResult.Saved saved
                ? i18n.get("statements.saved", saved.statement().version())
                : i18n.get("statements.conflict.short"),
        r -> {
          if (r instanceof SaveResult.Saved saved) {
            conflict.set(null);
            baseVersion = saved.statement().version();
            loadedText.set(body);
          } else if (r instanceof SaveResult.Conflict c) {
            conflict.set(c);
            baseVersion = c.latestVersion(); // the next save merges onto theirs
          }
        });
  }

  /** Replaces the draft with the other author's text (after a conflict). */
  public void takeTheirs() {
    SaveResult.Conflict c = conflict.get();
    if (c != null) {
      text.set(c.latestText());
      loadedText.set(c.latestText());
      conflict.set(null);
    }
  }

  /** "Tom saved version 3 while you were editing..." */
  public String conflictMessage(SaveResult.Conflict c) {
    return i18n.get("statements.conflict", c.latestAuthor(), c.latestVersion(), c.storedAs());
  }

  public StringProperty textProperty() {
    return text;
  }

  public ReadOnlyObjectProperty<SaveResult.Conflict> conflictProperty() {
    return conflict;
  }

  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }
}
