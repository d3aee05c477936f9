package org.firebreak.ui.plan;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.firebreak.plan.ChecklistItem;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** The incident's checklist: tick each first step off; who ticked it and when shows beside it. */
public final class ChecklistDialog extends Dialog<Void> {

  public ChecklistDialog(
      Window owner,
      ChecklistViewModel vm,
      I18n i18n,
      Formats formats,
      Consumer<Throwable> onFailure) {
    initOwner(owner);
    setTitle(i18n.get("checklist.title"));
    setHeaderText(i18n.get("checklist.header"));
    VBox rows = new VBox(6);
    rows.setId("checklistItems");
    Runnable fill =
        () ->
            rows.getChildren()
                .setAll(
                    vm.items().stream().map(i -> row(i, vm, i18n, formats, onFailure)).toList());
    fill.run();
    ListChangeListener<ChecklistItem> onChange = c -> fill.run();
    vm.items().addListener(onChange);
    setOnHidden(e -> vm.items().removeListener(onChange));
    ScrollPane scroll = new ScrollPane(rows);
    scroll.setFitToWidth(true);
    scroll.setPrefSize(560, 420);
    getDialogPane().setContent(scroll);
    ButtonType close =
        new ButtonType(i18n.get("checklist.close"), ButtonType.CLOSE.getButtonData());
    getDialogPane().getButtonTypes().add(close);
    getDialogPane().lookupButton(close).setId("checklistClose");
  }

  static String text(ChecklistItem item, I18n i18n) {
    return switch (item.kind()) {
      case STEP -> item.text();
      case PAUSE_POSTS -> i18n.get("checklist.pause", item.text());
      case NOTIFY -> i18n.get("checklist.notify", item.text());
    };
  }

  private static VBox row(
      ChecklistItem item,
      ChecklistViewModel vm,
      I18n i18n,
      Formats formats,
      Consumer<Throwable> onFailure) {
    CheckBox box = new CheckBox(text(item, i18n));
    box.setId("checklistItem" + item.position());
    box.setWrapText(true);
    box.setSelected(item.done());
    box.setOnAction(e -> vm.tick(item, box.isSelected(), onFailure));
    VBox row = new VBox(2, box);
    if (item.done()) {
      Label done =
          new Label(i18n.get("checklist.done", item.doneBy(), formats.time(item.doneAt())));
      done.getStyleClass().add("fb-checklist-done");
      done.setId("checklistDone" + item.position());
      row.getChildren().add(done);
    }
    return row;
  }
}
