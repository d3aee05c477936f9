package org.firebreak.ui.statements;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** The statement per platform, origin first, each with its live count and publication. */
final class VariantsView extends ScrollPane {

  private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

  VariantsView(
      StatementsViewModel parent, I18n i18n, Formats formats, Consumer<VariantRow> publish) {
    VariantsViewModel vm = parent.variants();
    VBox rows = new VBox(12);
    rows.setId("variants");
    rows.getStyleClass().add("fb-variants");
    setContent(rows);
    setFitToWidth(true);
    Label empty = new Label(i18n.get("statements.none.selected"));
    rows.getChildren().setAll(empty);
    vm.rows()
        .addListener(
            (ListChangeListener<VariantRow>)
                c -> {
                  rows.getChildren().clear();
                  for (VariantRow r : vm.rows()) {
                    rows.getChildren().add(row(vm, r, i18n, formats, publish));
                  }
                  if (vm.rows().isEmpty()) {
                    rows.getChildren().add(empty);
                  }
                });
  }

  private static VBox row(
      VariantsViewModel vm,
      VariantRow r,
      I18n i18n,
      Formats formats,
      Consumer<VariantRow> publish) {
    String key = r.platform().name();
    Label name = new Label(r.platform().displayName());
    name.getStyleClass().add("fb-variant-platform");
    HBox head = new HBox(8, name);
    head.setAlignment(Pos.CENTER_LEFT);
    if (r.origin()) {
      Label origin = new Label(i18n.get("statements.variant.origin"));
      origin.getStyleClass().add("fb-variant-origin");
      head.getChildren().add(origin);
    }
    Label status = new Label();
    status.setId("variantStatus-" + key);
    status.getStyleClass().add("fb-statement-meta");
    Runnable showStatus = () -> status.setText(vm.status(r, formats::time));
    r.storedProperty().addListener((o, was, now) -> showStatus.run());
    showStatus.run();
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label count = new Label();
    count.setId("variantCount-" + key);
    count.getStyleClass().add("fb-variant-count");
    count.textProperty().bind(r.countTextProperty());
    count.pseudoClassStateChanged(OVER, r.overProperty().get());
    r.overProperty().addListener((o, was, over) -> count.pseudoClassStateChanged(OVER, over));
    head.getChildren().addAll(status, spacer, count);

    TextArea text = new TextArea();
    text.setId("variantText-" + key);
    text.setWrapText(true);
    text.setPrefRowCount(3);
    text.textProperty().bindBidirectional(r.textProperty());
    text.editableProperty().bind(r.publishedProperty().not());

    Button save = new Button(i18n.get("statements.variant.save"));
    save.setId("variantSave-" + key);
    save.disableProperty().bind(vm.canSave(r).not());
    save.setOnAction(e -> vm.save(r));
    Button copy =
        new Button(i18n.get("statements.variant.copy"), new FontIcon("mdi2c-content-copy"));
    copy.setId("variantCopy-" + key);
    copy.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(r.textProperty().get());
          Clipboard.getSystemClipboard().setContent(content);
        });
    Button publishButton =
        new Button(
            i18n.get("statements.variant.publish", r.platform().displayName()),
            new FontIcon("mdi2s-send-outline"));
    publishButton.setId("variantPublish-" + key);
    if (r.origin()) {
      publishButton.getStyleClass().add("success");
    }
    publishButton.disableProperty().bind(vm.canPublish(r).not());
    publishButton.setOnAction(e -> publish.accept(r));
    HBox actions = new HBox(8, save, copy, publishButton);
    actions.setAlignment(Pos.CENTER_LEFT);

    VBox box = new VBox(6, head, text, actions);
    box.getStyleClass().add("fb-variant");
    return box;
  }
}
