package org.firebreak.ui.queue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/**
 * Asks before a bulk action over every matching message (naming how many will change) and shows its
 * progress with a cancel button.
 */
final class BulkDialogs implements TriageActions.BulkUi {

  private final Supplier<Window> owner;
  private final I18n i18n;
  private final Formats formats;

  BulkDialogs(Supplier<Window> owner, I18n i18n, Formats formats) {
    this.owner = owner;
    this.i18n = i18n;
    this.formats = formats;
  }

  @Override
  public boolean confirm(long count, String what) {
    Alert confirm =
        DialogButtons.alert(
            Alert.AlertType.CONFIRMATION,
            i18n.get("bulk.confirm.body", what, formats.count(count)),
            i18n);
    confirm.initOwner(owner.get());
    confirm.setHeaderText(i18n.get("bulk.confirm.header", count));
    confirm.getDialogPane().setId("bulkConfirm");
    return confirm.showAndWait().filter(DialogButtons::confirmed).isPresent();
  }

  @Override
  public Handle progress(long total) {
    AtomicBoolean cancelled = new AtomicBoolean();
    ProgressBar bar = new ProgressBar(0);
    bar.setPrefWidth(360);
    Label text = new Label(i18n.get("bulk.progress", formats.count(0), formats.count(total)));
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner.get());
    dialog.setTitle(i18n.get("app.title"));
    dialog.setHeaderText(i18n.get("bulk.progress.header"));
    dialog.getDialogPane().setId("bulkProgress");
    dialog.getDialogPane().setContent(new VBox(8, bar, text));
    dialog.getDialogPane().getButtonTypes().add(DialogButtons.cancel(i18n));
    dialog.setOnCloseRequest(e -> cancelled.set(true));
    dialog.show();
    return new Handle() {
      private volatile boolean closed;

      @Override
      public void done(long messages, long all) {
        Platform.runLater(
            () -> {
              bar.setProgress(all == 0 ? 1 : (double) messages / all);
              text.setText(i18n.get("bulk.progress", formats.count(messages), formats.count(all)));
            });
      }

      @Override
      public boolean cancelled() {
        return cancelled.get() && !closed;
      }

      @Override
      public void close() {
        closed = true;
        dialog.setOnCloseRequest(null);
        dialog.close();
      }
    };
  }
}
