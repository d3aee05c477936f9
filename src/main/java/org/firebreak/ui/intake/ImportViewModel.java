package org.firebreak.ui.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.FormatDetector;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.ImportSummary;
import org.firebreak.intake.IntakePipeline;
import org.firebreak.intake.MessageSource;
import org.firebreak.intake.RawMessage;
import org.firebreak.intake.Rejection;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.SourceRecord;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/**
 * File › Import: a preview of the first rows with the chosen column preset before anything is
 * written, then the import itself off the FX thread, with progress and cancel.
 */
public final class ImportViewModel {

  public static final int PREVIEW_ROWS = 12;

  /** One previewed record: what would be stored, or why it would be rejected. */
  public record PreviewRow(String where, String author, String time, String text, String problem) {}

  private final IntakePipeline pipeline;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final Path file;
  private final StringProperty preset = new SimpleStringProperty("generic");
  private final StringProperty format = new SimpleStringProperty();
  private final StringProperty previewProblem = new SimpleStringProperty();
  private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
  private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
  private final AtomicLong readSoFar = new AtomicLong();
  private final AtomicReference<ImportControl> control = new AtomicReference<>();

  public ImportViewModel(
      IntakePipeline pipeline, TaskRunner runner, DataChanged dataChanged, Path file) {
    this.pipeline = pipeline;
    this.runner = runner;
    this.dataChanged = dataChanged;
    this.file = file;
    preset.addListener((o, was, now) -> loadPreview());
  }

  public Path file() {
    return file;
  }

  /** Reads the first rows with the current preset; writes nothing. */
  public void loadPreview() {
    String chosen = preset.get();
    runner.run(
        () -> readPreview(chosen),
        p -> {
          format.set(p.format().name());
          preview.setAll(p.rows());
          previewProblem.set(null);
        },
        e -> {
          preview.clear();
          previewProblem.set(e.getMessage());
        });
  }

  private record Preview(SourceFormat format, List<PreviewRow> rows) {}

  private Preview readPreview(String chosenPreset) {
    SourceFormat detected = FormatDetector.detect(file);
    List<PreviewRow> rows = new ArrayList<>();
    try (MessageSource source =
        new SourceOpener(ColumnMapping.preset(chosenPreset)).open(file, SourceFormat.AUTO)) {
      SourceRecord r;
      while (rows.size() < PREVIEW_ROWS && (r = source.next()) != null) {
        if (r instanceof RawMessage m) {
          rows.add(new PreviewRow(m.where(), m.author(), m.createdAt(), m.text(), null));
        } else if (r instanceof Rejection j) {
          rows.add(new PreviewRow(j.where(), "", "", "", j.describe()));
        }
      }
    }
    return new Preview(detected, rows);
  }

  /** Imports the whole file; results arrive on the FX thread. */
  public void start() {
    ImportControl c = new ImportControl(readSoFar::set, batch -> {});
    control.set(c);
    running.set(true);
    String chosen = preset.get();
    runner.run(
        () ->
            pipeline.run(
                file.getFileName().toString(),
                new SourceOpener(ColumnMapping.preset(chosen)).open(file, SourceFormat.AUTO),
                c),
        s -> {
          running.set(false);
          summary.set(s);
          dataChanged.fire();
        },
        e -> {
          running.set(false);
          failure.set(e);
        });
  }

  public void cancel() {
    ImportControl c = control.get();
    if (c != null) {
      c.cancel();
    }
  }

  /** Records read so far; safe to poll from the FX thread. */
  public long readSoFar() {
    return readSoFar.get();
  }

  public StringProperty presetProperty() {
    return preset;
  }

  public StringProperty formatProperty() {
    return format;
  }

  public StringProperty previewProblemProperty() {
    return previewProblem;
  }

  public ObservableList<PreviewRow> preview() {
    return preview;
  }

  public BooleanProperty runningProperty() {
    return running;
  }

  public ObjectProperty<ImportSummary> summaryProperty() {
    return summary;
  }

  public ObjectProperty<Throwable> failureProperty() {
    return failure;
  }
}
