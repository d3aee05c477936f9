package org.firebreak.ui.plan;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;
import org.firebreak.ui.common.I18n;

/** Asks for a new team member: name, role and how to reach them. */
final class TeamMemberDialog extends Dialog<TeamMember> {

  TeamMemberDialog(Window owner, I18n i18n) {
    initOwner(owner);
    setTitle(i18n.get("plan.team.add"));
    TextField name = new TextField();
    name.setId("teamName");
    ComboBox<TeamRole> role = new ComboBox<>(FXCollections.observableArrayList(TeamRole.values()));
    role.setId("teamRole");
    role.setValue(TeamRole.RESPONDER);
    role.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(TeamRole r) {
            return r == null ? "" : i18n.of("role", r);
          }

          @Override
          public TeamRole fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    TextField contact = new TextField();
    contact.setId("teamContact");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(10);
    grid.addRow(0, new Label(i18n.get("plan.team.name")), name);
    grid.addRow(1, new Label(i18n.get("plan.team.role")), role);
    grid.addRow(2, new Label(i18n.get("plan.team.contact")), contact);
    getDialogPane().setContent(grid);
    ButtonType add =
        new ButtonType(i18n.get("plan.team.add.confirm"), ButtonBar.ButtonData.OK_DONE);
    getDialogPane()
        .getButtonTypes()
        .addAll(add, org.firebreak.ui.common.DialogButtons.cancel(i18n));
    getDialogPane().lookupButton(add).setId("teamAddConfirm");
    getDialogPane().lookupButton(add).disableProperty().bind(name.textProperty().isEmpty());
    setResultConverter(
        b ->
            b == add
                ? new TeamMember(0, name.getText(), role.getValue(), contact.getText())
                : null);
    setOnShown(e -> name.requestFocus());
  }
}
