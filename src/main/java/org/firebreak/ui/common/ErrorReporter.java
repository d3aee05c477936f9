package org.firebreak.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows failures as a clear dialog and logs them; installed for every uncaught exception. */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
  private final I18n i18n;

  public ErrorReporter(I18n i18n) {
    this.i18n = i18n;
  }

  public void install() {
    Thread.setDefaultUncaughtExceptionHandler(this);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    LOG.error("Uncaught error on {}", thread.getName(), error);
    show(i18n.get("error.unexpected.title"), error);
  }

  /** Logs and shows a failure of an action the user started. */
  public void report(String what, Throwable error) {
    LOG.warn("{} failed", what, error);
    show(what, error);
  }

  /** A plain information dialog (an export finished, say). */
  public void inform(String title, String text) {
    Alert alert = DialogButtons.alert(Alert.AlertType.INFORMATION, text, i18n);
    alert.setTitle(i18n.get("app.title"));
    alert.setHeaderText(title);
    alert.show();
  }

  private void show(String title, Throwable error) {
    Runnable dialog =
        () -> {
          Alert alert = DialogButtons.alert(Alert.AlertType.ERROR, null, i18n);
          alert.setDialogPane(new DetailsPane(i18n));
          alert.getButtonTypes().setAll(DialogButtons.ok(i18n));
          alert.setHeaderText(title);
          alert.setContentText(explain(error));
          TextArea details = new TextArea(error.toString());
          details.setEditable(false);
          alert.getDialogPane().setExpandableContent(details);
          alert.show();
        };
    if (Platform.isFxApplicationThread()) {
      dialog.run();
    } else {
      Platform.runLater(dialog);
    }
  }

  /** A dialog pane whose "show details" link speaks the language (JavaFX's has no Indonesian). */
  private static final class DetailsPane extends javafx.scene.control.DialogPane {
    private final I18n i18n;

    DetailsPane(I18n i18n) {
      this.i18n = i18n;
    }

    @Override
    protected javafx.scene.Node createDetailsButton() {
      javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
      link.getStyleClass().add("details-button");
      link.textProperty()
          .bind(
              javafx.beans.binding.Bindings.when(expandedProperty())
                  .then(i18n.get("error.details.hide"))
                  .otherwise(i18n.get("error.details.show")));
      link.setOnAction(e -> setExpanded(!isExpanded()));
      return link;
    }
  }

  /** The message a person reads: a full disk is said plainly, in their language. */
  private String explain(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.firebreak.store.DiskFullException full) {
        return i18n.get("error.diskFull", String.valueOf(full.file()));
      }
    }
    return message(error);
  }

  static String message(Throwable error) {
    Throwable root = error;
    while (root.getMessage() == null && root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
