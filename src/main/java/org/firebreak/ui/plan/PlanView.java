package org.firebreak.ui.plan;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.firebreak.triage.TeamMember;
import org.firebreak.ui.common.I18n;

/**
 * The Plan tab: the playbooks by crisis type, the social media committee (with a reminder when its
 * meeting is overdue), the four steps of the guide, the incident team and the crisis hub.
 */
public final class PlanView extends BorderPane {

  public PlanView(
      PlanViewModel vm,
      HubViewModel hub,
      PlaybooksViewModel playbooks,
      CommitteeViewModel committee,
      I18n i18n,
      java.util.function.Consumer<String> openLink,
      java.util.function.Consumer<Throwable> failed) {
    getStyleClass().add("fb-tab-content");
    VBox playbook = new VBox(10);
    playbook.setPadding(new Insets(4, 12, 4, 4));
    Label heading = new Label(i18n.get("plan.playbook"));
    heading.getStyleClass().add("fb-section-title");
    playbook.getChildren().add(heading);
    for (int step = 1; step <= 4; step++) {
      Label title = new Label(i18n.get("plan.step" + step + ".title"));
      title.getStyleClass().add("fb-step-title");
      Label body = new Label(i18n.get("plan.step" + step + ".body"));
      body.setWrapText(true);
      playbook.getChildren().addAll(title, body);
    }
    ScrollPane playbookScroll = new ScrollPane(playbook);
    playbookScroll.setFitToWidth(true);

    Label teamHeading = new Label(i18n.get("plan.team"));
    teamHeading.getStyleClass().add("fb-section-title");
    TableView<TeamMember> team = new TableView<>(vm.members());
    team.setId("teamTable");
    team.setAccessibleText(i18n.get("a11y.teamTable"));
    team.setPlaceholder(new Label(i18n.get("plan.team.empty")));
    team.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    TableColumn<TeamMember, String> name = new TableColumn<>(i18n.get("plan.team.name"));
    name.setPrefWidth(160);
    name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
    TableColumn<TeamMember, String> role = new TableColumn<>(i18n.get("plan.team.role"));
    role.setPrefWidth(140);
    role.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(i18n.of("role", c.getValue().role())));
    TableColumn<TeamMember, String> contact = new TableColumn<>(i18n.get("plan.team.contact"));
    contact.setPrefWidth(260);
    contact.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contact()));
    TableColumn<TeamMember, String> load = new TableColumn<>(i18n.get("plan.team.load"));
    load.setPrefWidth(120);
    // the contact gives way, never a name or a heading (it read "Open...")
    load.setMinWidth(120);
    role.setMinWidth(125);
    name.setMinWidth(130);
    load.setCellValueFactory(
        c ->
            new ReadOnlyObjectWrapper<>(
                Long.toString(vm.openLoad().getOrDefault(c.getValue().name(), 0L))));
    team.getColumns().addAll(name, role, load, contact);
    javafx.scene.control.Button addMember =
        new javafx.scene.control.Button(i18n.get("plan.team.add"));
    addMember.setId("teamAdd");
    addMember.setOnAction(
        e ->
            new TeamMemberDialog(getScene().getWindow(), i18n)
                .showAndWait()
                .ifPresent(
                    m ->
                        vm.add(
                            m.name(),
                            m.role(),
                            m.contact(),
                            err -> {
                              javafx.scene.control.Alert a =
                                  org.firebreak.ui.common.DialogButtons.alert(
                                      javafx.scene.control.Alert.AlertType.WARNING,
                                      err.getMessage(),
                                      i18n);
                              a.initOwner(getScene().getWindow());
                              a.show();
                            })));
    javafx.scene.layout.HBox teamHead = new javafx.scene.layout.HBox(12, teamHeading, addMember);
    teamHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    VBox teamBox = new VBox(8, teamHead, team);
    teamBox.setPadding(new Insets(4, 4, 4, 12));
    VBox.setVgrow(team, javafx.scene.layout.Priority.ALWAYS);

    teamBox.getChildren().add(new HubPane(hub, i18n, openLink));
    javafx.scene.control.TabPane binder =
        new javafx.scene.control.TabPane(
            tab(
                "planPlaybooks",
                i18n.get("plan.playbooks"),
                new PlaybooksPane(playbooks, i18n, failed)),
            tab(
                "planCommittee",
                i18n.get("plan.committee"),
                new CommitteePane(committee, i18n, failed)),
            tab("planGuide", i18n.get("plan.guide"), playbookScroll));
    binder.setId("planBinder");
    binder.setAccessibleText(i18n.get("a11y.planBinder"));
    binder.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
    SplitPane split = new SplitPane(binder, teamBox);
    split.setDividerPositions(0.55);
    setCenter(split);

    Label reminder = new Label();
    reminder.setId("committeeReminder");
    reminder.getStyleClass().add("fb-committee-reminder");
    reminder.setWrapText(true);
    reminder.textProperty().bind(committee.reminderProperty());
    reminder.visibleProperty().bind(committee.reminderProperty().isNotEmpty());
    reminder.managedProperty().bind(reminder.visibleProperty());
    reminder.setOnMouseClicked(e -> binder.getSelectionModel().select(1));
    setTop(reminder);
  }

  private static javafx.scene.control.Tab tab(String id, String title, javafx.scene.Node content) {
    javafx.scene.control.Tab t = new javafx.scene.control.Tab(title, content);
    t.setId(id);
    return t;
  }
}
