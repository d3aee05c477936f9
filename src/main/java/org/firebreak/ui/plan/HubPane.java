package org.firebreak.ui.plan;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.firebreak.share.HubContent;
import org.firebreak.ui.common.I18n;

/**
 * The crisis hub: one place for the public, prepared as a dark site and switched on in a crisis.
 */
final class HubPane extends VBox {

  HubPane(HubViewModel vm, I18n i18n, Consumer<String> openLink) {
    setSpacing(8);
    setPadding(new Insets(10, 4, 4, 12));
    Label heading = new Label(i18n.get("hub.title"));
    heading.getStyleClass().add("fb-section-title");
    Label state = new Label();
    state.setId("hubState");
    state.setWrapText(true);
    state
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> describe(vm.contentProperty().get(), i18n), vm.contentProperty()));
    Label result = new Label();
    result.setId("hubResult");
    result.setWrapText(true);

    Button seed = new Button(i18n.get("hub.seed"));
    seed.setId("hubSeed");
    seed.setOnAction(
        e -> {
          TextInputDialog url =
              org.firebreak.ui.common.DialogButtons.localise(new TextInputDialog("https://"), i18n);
          url.initOwner(getScene().getWindow());
          url.setHeaderText(i18n.get("hub.seed.url"));
          url.showAndWait()
              .ifPresent(
                  u ->
                      vm.seed(
                          u.isBlank() || u.equals("https://") ? null : u.strip(),
                          () -> result.setText(i18n.get("hub.seeded"))));
        });
    Button faq = new Button(i18n.get("hub.addFaq"));
    faq.setOnAction(e -> askFaq(vm, i18n));
    Button update = new Button(i18n.get("hub.addUpdate"));
    update.setOnAction(e -> askUpdate(vm, i18n));
    Button live = new Button();
    live.setId("hubLive");
    live.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.contentProperty().get() != null && vm.contentProperty().get().published()
                        ? i18n.get("hub.goDark")
                        : i18n.get("hub.goLive"),
                vm.contentProperty()));
    live.setOnAction(
        e ->
            vm.setLive(
                vm.contentProperty().get() == null || !vm.contentProperty().get().published()));
    Button generate = new Button(i18n.get("hub.generate"));
    generate.setId("hubGenerate");
    generate.getStyleClass().add("accent");
    generate.setOnAction(
        e -> {
          DirectoryChooser chooser = new DirectoryChooser();
          chooser.setTitle(i18n.get("hub.generate"));
          File folder = chooser.showDialog(getScene().getWindow());
          if (folder != null) {
            vm.generate(
                folder.toPath(),
                page -> {
                  result.setText(i18n.get("hub.generated", page.toString()));
                  openLink.accept(page.toUri().toString());
                });
          }
        });
    FlowPane actions = new FlowPane(8, 8, seed, faq, update, live, generate);
    getChildren().addAll(heading, state, actions, result);
  }

  private static String describe(HubContent c, I18n i18n) {
    if (c == null) {
      return "";
    }
    return i18n.get(
        c.published() ? "hub.state.live" : "hub.state.dark",
        c.faq().size(),
        c.steps().size(),
        c.help().size(),
        c.updates().size(),
        c.hubUrl() == null ? "\u2014" : c.hubUrl());
  }

  private void askFaq(HubViewModel vm, I18n i18n) {
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(getScene().getWindow());
    d.setTitle(i18n.get("hub.addFaq"));
    ComboBox<String> language =
        new ComboBox<>(FXCollections.observableArrayList(HubContent.LANGUAGES));
    language.setValue(i18n.locale().getLanguage().equals("id") ? "id" : "en");
    TextField question = new TextField();
    TextArea answer = new TextArea();
    answer.setPrefRowCount(4);
    answer.setWrapText(true);
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(8);
    g.addRow(0, new Label(i18n.get("hub.language")), language);
    g.addRow(1, new Label(i18n.get("hub.question")), question);
    g.addRow(2, new Label(i18n.get("hub.answer")), answer);
    d.getDialogPane().setContent(g);
    d.getDialogPane()
        .getButtonTypes()
        .addAll(
            org.firebreak.ui.common.DialogButtons.ok(i18n),
            org.firebreak.ui.common.DialogButtons.cancel(i18n));
    d.showAndWait()
        .filter(org.firebreak.ui.common.DialogButtons::confirmed)
        .ifPresent(b -> vm.addFaq(language.getValue(), question.getText(), answer.getText()));
  }

  private void askUpdate(HubViewModel vm, I18n i18n) {
    TextInputDialog d = org.firebreak.ui.common.DialogButtons.localise(new TextInputDialog(), i18n);
    d.initOwner(getScene().getWindow());
    d.setHeaderText(i18n.get("hub.addUpdate.header"));
    d.showAndWait()
        .filter(t -> !t.isBlank())
        .ifPresent(t -> vm.addUpdate(i18n.locale().getLanguage().equals("id") ? "id" : "en", t));
  }
}
