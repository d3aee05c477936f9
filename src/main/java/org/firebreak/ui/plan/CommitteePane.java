package org.firebreak.ui.plan;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.firebreak.plan.CommitteeMember;
import org.firebreak.plan.MeetingCadence;
import org.firebreak.ui.common.I18n;

/** The social media committee: members, how often it meets, when it last met; the tools. */
final class CommitteePane extends VBox {

  CommitteePane(CommitteeViewModel vm, I18n i18n, Consumer<Throwable> failed) {
    super(8);
    setPadding(new Insets(8));
    Label intro = new Label(i18n.get("committee.intro"));
    intro.setWrapText(true);
    intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

    ComboBox<MeetingCadence> cadence =
        new ComboBox<>(FXCollections.observableArrayList(MeetingCadence.values()));
    cadence.setId("committeeCadence");
    cadence.setConverter(
        org.firebreak.ui.header.DeclareIncidentDialog.enumConverter(i18n, "committee.cadence"));
    vm.committeeProperty()
        .addListener((o, was, c) -> cadence.setValue(c == null ? null : c.cadence()));
    cadence.setOnAction(
        e -> {
          if (cadence.getValue() != null) {
            vm.setCadence(cadence.getValue(), failed);
          }
        });
    Label lastMet = new Label();
    lastMet.setId("committeeLastMet");
    lastMet.textProperty().bind(vm.lastMetProperty());
    Button markMet = new Button(i18n.get("committee.markMet"));
    markMet.setId("committeeMarkMet");
    markMet.setOnAction(e -> vm.markMet(failed));
    HBox meeting = new HBox(8, new Label(i18n.get("committee.meets")), cadence, markMet, lastMet);
    meeting.setAlignment(Pos.CENTER_LEFT);

    TableView<CommitteeMember> table = new TableView<>(vm.members());
    table.setId("committeeTable");
    Label empty = new Label(i18n.get("committee.empty"));
    empty.setWrapText(true);
    empty.setPadding(new Insets(12));
    table.setPlaceholder(empty);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table
        .getColumns()
        .addAll(
            column(i18n.get("committee.name"), CommitteeMember::name),
            column(i18n.get("committee.department"), m -> i18n.of("department", m.department())),
            column(i18n.get("committee.role"), CommitteeMember::role),
            column(i18n.get("committee.contact"), CommitteeMember::contact),
            column(i18n.get("committee.deputy"), CommitteeMember::deputy));
    VBox.setVgrow(table, Priority.ALWAYS);

    Button add = new Button(i18n.get("committee.add"));
    add.setId("committeeAdd");
    add.setOnAction(
        e ->
            new CommitteeMemberDialog(getScene().getWindow(), i18n, null)
                .showAndWait()
                .ifPresent(m -> vm.save(m, failed)));
    Button edit = new Button(i18n.get("committee.edit"));
    edit.setId("committeeEdit");
    edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    edit.setOnAction(
        e ->
            new CommitteeMemberDialog(
                    getScene().getWindow(), i18n, table.getSelectionModel().getSelectedItem())
                .showAndWait()
                .ifPresent(m -> vm.save(m, failed)));
    Button remove = new Button(i18n.get("committee.remove"));
    remove.setId("committeeRemove");
    remove.disableProperty().bind(edit.disableProperty());
    remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem(), failed));

    TextField tools = new TextField();
    tools.setId("publishingTools");
    tools.setPromptText(i18n.get("plan.tools.prompt"));
    HBox.setHgrow(tools, Priority.ALWAYS);
    vm.committeeProperty()
        .addListener(
            (o, was, c) -> tools.setText(c == null ? "" : String.join(", ", c.publishingTools())));
    Button saveTools = new Button(i18n.get("plan.tools.save"));
    saveTools.setId("publishingToolsSave");
    saveTools.setOnAction(e -> vm.setTools(tools.getText(), failed));
    HBox toolsRow = new HBox(8, new Label(i18n.get("plan.tools")), tools, saveTools);
    toolsRow.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(intro, meeting, lastMet, new HBox(8, add, edit, remove), table, toolsRow);
  }

  private static TableColumn<CommitteeMember, String> column(
      String title, java.util.function.Function<CommitteeMember, String> value) {
    TableColumn<CommitteeMember, String> c = new TableColumn<>(title);
    c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    return c;
  }
}
