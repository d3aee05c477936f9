package org.firebreak.ui.statements;

import java.time.Clock;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.firebreak.statements.Statement;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Statements tab: the list on the left; the selected statement on the right with its workflow
 * buttons and three pages: the draft with its live tone check, the platforms, the history.
 */
public final class StatementsView extends BorderPane {

  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

  public StatementsView(StatementsViewModel vm, I18n i18n, Formats formats, Clock clock) {
    getStyleClass().add("fb-tab-content");
    WorkflowViewModel flow = vm.workflow();

    Button create = new Button(i18n.get("statements.new"), new FontIcon("mdi2p-plus"));
    create.setId("newStatement");
    create.getStyleClass().add("accent");
    create.disableProperty().bind(flow.canCreateProperty().not());
    create.setOnAction(e -> newStatement(vm, i18n, clock));
    Button alternative =
        new Button(i18n.get("statements.alternative"), new FontIcon("mdi2c-content-duplicate"));
    alternative.setId("addAlternative");
    alternative.disableProperty().bind(flow.canAddAlternativeProperty().not());
    alternative.setOnAction(e -> flow.addAlternative());
    HBox listBar = new HBox(8, create, alternative);
    StatementListView list = new StatementListView(vm, i18n, formats);
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox left = new VBox(8, listBar, list);
    left.setMinWidth(300);

    Label title = new Label();
    title.setId("statementTitle");
    title.getStyleClass().add("fb-section-title");
    Label state = new Label();
    state.setId("statementState");
    state.getStyleClass().add("fb-statement-state");
    Label meta = new Label();
    meta.setId("statementMeta");
    meta.getStyleClass().add("fb-statement-meta");
    vm.detailProperty()
        .addListener(
            (o, was, d) -> {
              Statement s = d == null ? null : d.statement();
              title.setText(s == null ? i18n.get("statements.none.selected") : s.title());
              state.setVisible(s != null);
              if (s != null) {
                state.setText(i18n.of("statement.state", s.state()));
                StatementBadges.state(state, s.state());
                meta.setText(meta(s, i18n));
              } else {
                meta.setText("");
              }
            });
    title.setText(i18n.get("statements.none.selected"));
    state.setVisible(false);
    HBox titleRow = new HBox(10, title, state);
    titleRow.setAlignment(Pos.CENTER_LEFT);

    Label message = new Label();
    message.setId("statementMessage");
    message.getStyleClass().add("fb-statement-message");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    vm.messageErrorProperty()
        .addListener((o, was, err) -> message.pseudoClassStateChanged(ERROR, err));

    HBox workflow = workflowBar(vm, i18n);
    VBox top = new VBox(6, titleRow, meta, workflow, message);
    top.setPadding(new Insets(0, 0, 8, 0));

    SplitPane draft =
        new SplitPane(new StatementEditorView(vm, i18n), new ToneCheckView(vm.tone(), i18n));
    draft.setDividerPositions(0.58);
    TabPane pages =
        new TabPane(
            page("statementDraftTab", i18n.get("statements.page.draft"), draft),
            page(
                "statementPlatformsTab",
                i18n.get("statements.page.platforms"),
                new VariantsView(vm, i18n, formats, r -> publish(vm, i18n, r))),
            page(
                "statementHistoryTab",
                i18n.get("statements.page.history"),
                new HistoryView(vm.history(), i18n, formats)));
    pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    pages.setAccessibleText(i18n.get("a11y.statementPages"));
    pages.disableProperty().bind(vm.detailProperty().isNull());
    BorderPane right = new BorderPane(pages);
    right.setTop(top);
    right.setPadding(new Insets(0, 0, 0, 12));

    SplitPane split = new SplitPane(left, right);
    split.setDividerPositions(0.28);
    setCenter(split);
  }

  private static String meta(Statement s, I18n i18n) {
    String who = s.spokesperson() == null ? "\u2014" : s.spokesperson();
    String line =
        i18n.of("statement.kind", s.kind())
            + " \u00b7 "
            + i18n.get("statements.spokesperson", who)
            + " \u00b7 v"
            + s.version();
    if (s.approver() != null) {
      line += " \u00b7 " + i18n.get("statements.approvedBy", s.approver());
    }
    if (s.rejectReason() != null) {
      line += " \u00b7 " + i18n.get("statements.rejectedBecause", s.rejectReason());
    }
    return line;
  }

  private HBox workflowBar(StatementsViewModel vm, I18n i18n) {
    WorkflowViewModel flow = vm.workflow();
    Button submit =
        button("submitReview", i18n.get("statements.submit"), "mdi2s-send-check-outline");
    submit.disableProperty().bind(flow.canSubmitProperty().not());
    submit.setOnAction(e -> flow.submit());
    Button approve = button("approve", i18n.get("statements.approve"), "mdi2c-check-decagram");
    approve.getStyleClass().add("success");
    approve.disableProperty().bind(flow.canApproveProperty().not());
    approve.setOnAction(
        e ->
            new ReviewDialog(window(), i18n, flow.approverChoices(), false)
                .showAndWait()
                .ifPresent(a -> flow.approve(a.approver())));
    Button reject = button("reject", i18n.get("statements.reject"), "mdi2c-close-octagon-outline");
    reject.getStyleClass().add("danger");
    reject.disableProperty().bind(flow.canRejectProperty().not());
    reject.setOnAction(
        e ->
            new ReviewDialog(window(), i18n, flow.approverChoices(), true)
                .showAndWait()
                .ifPresent(a -> flow.reject(a.approver(), a.reason())));
    Button revise = button("revise", i18n.get("statements.revise"), "mdi2u-undo-variant");
    revise.disableProperty().bind(flow.canReviseProperty().not());
    revise.setOnAction(e -> flow.revise());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, submit, approve, reject, revise);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private static Button button(String id, String text, String icon) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    return b;
  }

  private void newStatement(StatementsViewModel vm, I18n i18n, Clock clock) {
    var incident = vm.incidentProperty().get();
    var spokespeople = vm.workflow().spokespeople();
    NewStatementForm form =
        new NewStatementForm(
            incident == null ? "" : incident.name(),
            spokespeople.isEmpty() ? "" : spokespeople.get(0),
            i18n,
            clock);
    new NewStatementDialog(window(), form, spokespeople, i18n)
        .showAndWait()
        .filter(b -> b == NewStatementDialog.CREATE)
        .ifPresent(b -> vm.workflow().create(form));
  }

  private void publish(StatementsViewModel vm, I18n i18n, VariantRow row) {
    VariantsViewModel variants = vm.variants();
    new PublishDialog(
            window(), i18n, row, variants.origin().displayName(), variants.needsOverride(row))
        .showAndWait()
        .ifPresent(a -> variants.publish(row, a.postUrl(), a.overrideReason()));
  }

  private Window window() {
    return getScene().getWindow();
  }

  private static Tab page(String id, String text, javafx.scene.Node content) {
    Tab t = new Tab(text, content);
    t.setId(id);
    return t;
  }
}
