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
import org.firebreak.plan.CommitteeMember;
import org.firebreak.plan.Department;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.I18n;

/** Asks for a committee member: name, department, role, contact and deputy. */
final class CommitteeMemberDialog extends Dialog<CommitteeMember> {

  CommitteeMemberDialog(Window owner, I18n i18n, CommitteeMember editing) {
    initOwner(owner);
    setTitle(i18n.get(editing == null ? "committee.add" : "committee.edit"));
    TextField name = field("committeeName", editing == null ? "" : editing.name());
    ComboBox<Department> department =
        new ComboBox<>(FXCollections.observableArrayList(Department.values()));
    department.setId("committeeDepartment");
    department.setConverter(
        org.firebreak.ui.header.DeclareIncidentDialog.enumConverter(i18n, "department"));
    department.setValue(editing == null ? Department.COMMUNICATIONS : editing.department());
    TextField role = field("committeeRole", editing == null ? "" : editing.role());
    TextField contact = field("committeeContact", editing == null ? "" : editing.contact());
    TextField deputy = field("committeeDeputy", editing == null ? "" : editing.deputy());
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(10);
    grid.addRow(0, new Label(i18n.get("committee.name")), name);
    grid.addRow(1, new Label(i18n.get("committee.department")), department);
    grid.addRow(2, new Label(i18n.get("committee.role")), role);
    grid.addRow(3, new Label(i18n.get("committee.contact")), contact);
    grid.addRow(4, new Label(i18n.get("committee.deputy")), deputy);
    getDialogPane().setContent(grid);
    ButtonType save = new ButtonType(i18n.get("committee.save"), ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel(i18n));
    getDialogPane().lookupButton(save).setId("committeeSave");
    getDialogPane().lookupButton(save).disableProperty().bind(name.textProperty().isEmpty());
    setResultConverter(
        b ->
            b == save
                ? new CommitteeMember(
                    editing == null ? 0 : editing.id(),
                    name.getText(),
                    department.getValue(),
                    role.getText(),
                    contact.getText(),
                    deputy.getText())
                : null);
    setOnShown(e -> name.requestFocus());
  }

  private static TextField field(String id, String value) {
    TextField f = new TextField(value == null ? "" : value);
    f.setId(id);
    f.setPrefColumnCount(24);
    return f;
  }
}
