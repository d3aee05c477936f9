package org.firebreak.ui.intake;

import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.firebreak.intake.ImportSummary;
import org.firebreak.queue.TextPreview;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** Preview, then import with progress and cancel; ends with honest counts. */
public final class ImportDialog extends Dialog<ImportSummary> {

  public ImportDialog(Window owner, ImportViewModel vm, I18n i18n, Formats formats) {
    initOwner(owner);
    setTitle(i18n.get("import.title"));
    setHeaderText(i18n.get("import.header", vm.file().getFileName().toString()));
    setResizable(true);

    Label format = new Label();
    format.textProperty().bind(vm.formatProperty().map(f -> i18n.get("import.format", f)));
    Label problem = new Label();
    problem.setId("importProblem");
    problem.setWrapText(true);
    problem.getStyleClass().add("fb-error-text");
    problem.textProperty().bind(vm.previewProblemProperty());
    problem.managedProperty().bind(vm.previewProblemProperty().isNotNull());

    TableView<ImportViewModel.PreviewRow> table = new TableView<>(vm.preview());
    table.setId("importPreview");
    table.setPrefSize(820, 300);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPlaceholder(new Label(i18n.get("import.preview.empty")));
    table
        .getColumns()
        .addAll(
            column(i18n.get("import.col.where"), 190, ImportViewModel.PreviewRow::where),
            column(i18n.get("import.col.author"), 110, ImportViewModel.PreviewRow::author),
            column(i18n.get("import.col.time"), 150, ImportViewModel.PreviewRow::time),
            column(
                i18n.get("import.col.text"),
                440,
                r ->
                    r.problem() != null
                        ? "\u26a0 " + r.problem()
                        : TextPreview.cut(r.text(), 140)));

    ProgressBar progress = new ProgressBar();
    progress.setId("importProgress");
    progress.setPrefWidth(300);
    progress.visibleProperty().bind(vm.runningProperty());
    Label status = new Label();
    status.setId("importStatus");
    Button cancel = new Button(i18n.get("import.cancel"));
    cancel.setId("importCancel");
    cancel.visibleProperty().bind(vm.runningProperty());
    cancel.setOnAction(e -> vm.cancel());
    Timeline poll =
        new Timeline(
            new KeyFrame(
                Duration.millis(200),
                e -> status.setText(i18n.get("import.progress", formats.count(vm.readSoFar())))));
    poll.setCycleCount(Animation.INDEFINITE);

    ColumnMappingPane options = new ColumnMappingPane(vm, i18n, format);
    HBox running = new HBox(12, progress, status, cancel);
    running.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    VBox content = new VBox(10, options, problem, table, running);
    content.setPadding(new Insets(4));
    getDialogPane().setContent(content);
    getDialogPane().setPrefWidth(940);
    getDialogPane().setMinWidth(900);

    ButtonType start =
        new ButtonType(i18n.get("import.start"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    getDialogPane()
        .getButtonTypes()
        .addAll(start, org.firebreak.ui.common.DialogButtons.close(i18n));
    Button startButton = (Button) getDialogPane().lookupButton(start);
    startButton.setId("importStart");
    startButton
        .disableProperty()
        .bind(
            vm.runningProperty()
                .or(vm.previewProblemProperty().isNotNull())
                .or(vm.summaryProperty().isNotNull()));
    startButton.addEventFilter(
        javafx.event.ActionEvent.ACTION,
        e -> {
          e.consume(); // stay open: progress and the result are shown here
          poll.play();
          vm.start();
        });
    vm.summaryProperty()
        .addListener(
            (o, was, s) -> {
              poll.stop();
              status.setText(
                  i18n.get(
                          "import.done",
                          formats.count(s.read()),
                          formats.count(s.imported()),
                          formats.count(s.duplicates()),
                          formats.count(s.rejected()))
                      + (s.cancelled() ? " " + i18n.get("import.cancelled") : ""));
            });
    vm.failureProperty()
        .addListener(
            (o, was, e) -> {
              poll.stop();
              status.setText(i18n.get("import.failed", e.getMessage()));
            });
    setResultConverter(b -> vm.summaryProperty().get());
    setOnCloseRequest(e -> vm.cancel());
    vm.loadPreview();
  }

  private static TableColumn<ImportViewModel.PreviewRow, String> column(
      String title, double width, Function<ImportViewModel.PreviewRow, String> value) {
    TableColumn<ImportViewModel.PreviewRow, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return c;
  }
}
