package org.firebreak.ui.header;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Platform;
import org.firebreak.ui.common.I18n;

/** Asks for the incident's name, cause, origin platform and first-response window. */
public final class DeclareIncidentDialog extends Dialog<ButtonType> {

  public static final ButtonType DECLARE = new ButtonType("declare", ButtonBar.ButtonData.OK_DONE);

  public DeclareIncidentDialog(Window owner, DeclareIncidentForm form, I18n i18n) {
    this(owner, form, i18n, java.util.List.of());
  }

  /**
   * @param playbooks the playbooks to declare from (the form's playbook stays null for none)
   */
  public DeclareIncidentDialog(
      Window owner,
      DeclareIncidentForm form,
      I18n i18n,
      java.util.List<org.firebreak.plan.Playbook> playbooks) {
    initOwner(owner);
    setTitle(i18n.get("declare.title"));
    setHeaderText(i18n.get("declare.header"));
    ButtonType declare = new ButtonType(i18n.get("declare.confirm"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = org.firebreak.ui.common.DialogButtons.cancel(i18n);
    getDialogPane().getButtonTypes().addAll(declare, cancel);

    TextField name = new TextField();
    name.setId("declareName");
    name.setPromptText(i18n.get("declare.name.prompt"));
    name.textProperty().bindBidirectional(form.name());

    ComboBox<Cause> cause = new ComboBox<>(FXCollections.observableArrayList(Cause.values()));
    cause.setId("declareCause");
    cause.setConverter(enumConverter(i18n, "incident.cause"));
    cause.valueProperty().bindBidirectional(form.cause());

    ComboBox<Platform> origin =
        new ComboBox<>(FXCollections.observableArrayList(Platform.values()));
    origin.setId("declareOrigin");
    origin.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Platform p) {
            return p == null ? "" : p.displayName();
          }

          @Override
          public Platform fromString(String s) {
            return Platform.parse(s);
          }
        });
    origin.valueProperty().bindBidirectional(form.origin());

    Spinner<Integer> window = new Spinner<>(1, 1440, form.windowMinutes().get());
    window.setId("declareWindow");
    window.setEditable(true);
    window
        .valueProperty()
        .addListener((o, was, now) -> form.windowMinutes().set(now == null ? 0 : now));
    form.windowMinutes()
        .addListener((o, was, now) -> window.getValueFactory().setValue(now.intValue()));
    window.disableProperty().bind(form.playbook().isNotNull());

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(10);
    grid.addRow(0, label(i18n, "declare.name", name), name);
    grid.addRow(1, label(i18n, "declare.cause", cause), cause);
    grid.addRow(2, label(i18n, "declare.origin", origin), origin);
    grid.addRow(3, label(i18n, "declare.window", window), window);
    if (!playbooks.isEmpty()) {
      PlaybookChoice choice = new PlaybookChoice(form, i18n, playbooks);
      grid.addRow(4, label(i18n, "declare.playbook", choice.playbook()), choice.playbook());
      grid.addRow(5, label(i18n, "declare.severity", choice.severity()), choice.severity());
      grid.add(choice.note(), 1, 6);
    }
    if (form.spikeAt().get() != null) {
      javafx.scene.control.CheckBox fromSpike =
          new javafx.scene.control.CheckBox(
              i18n.get(
                  "declare.fromSpike",
                  java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                      .withZone(java.time.ZoneId.systemDefault())
                      .format(form.spikeAt().get())));
      fromSpike.setId("declareFromSpike");
      fromSpike.selectedProperty().bindBidirectional(form.fromSpike());
      grid.add(fromSpike, 1, 7);
    }
    getDialogPane().setContent(grid);
    Node ok = getDialogPane().lookupButton(declare);
    ok.setId("declareConfirm");
    ok.disableProperty().bind(form.valid().not());
    setResultConverter(b -> b == declare ? DECLARE : ButtonType.CANCEL);
    setOnShown(e -> name.requestFocus());
  }

  private static Label label(I18n i18n, String key, Node target) {
    Label l = new Label(i18n.get(key));
    l.setLabelFor(target);
    return l;
  }

  public static <E extends Enum<E>> StringConverter<E> enumConverter(I18n i18n, String prefix) {
    return new StringConverter<>() {
      @Override
      public String toString(E value) {
        return value == null ? "" : i18n.of(prefix, value);
      }

      @Override
      public E fromString(String s) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
