package org.firebreak.ui.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import javafx.collections.ObservableMap;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ColumnPresetException;
import org.firebreak.intake.ColumnPresets;
import org.firebreak.intake.CsvMessageSource;
import org.firebreak.intake.FormatDetector;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.ImportSummary;
import org.firebreak.intake.IntakePipeline;
import org.firebreak.intake.MessageField;
import org.firebreak.intake.MessageSource;
import org.firebreak.intake.RawMessage;
import org.firebreak.intake.Rejection;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.SourceRecord;
import org.firebreak.intake.UnreadableSourceException;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/**
 * File › Import: a preview of the first rows with the chosen column preset and the columns the
 * person picked before anything is written, then the import itself off the FX thread, with progress
 * and cancel. The mapping in view can be saved as a named preset.
 */
public final class ImportViewModel {

  public static final int PREVIEW_ROWS = 12;

  /** One previewed record: what would be stored, or why it would be rejected. */
  public record PreviewRow(String where, String author, String time, String text, String problem) {}

  private final IntakePipeline pipeline;
  private final ColumnPresets presets;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final Path file;
  private final ObservableList<String> presetNames =
      FXCollections.observableArrayList(ColumnMapping.PRESETS);
  private final StringProperty preset = new SimpleStringProperty("generic");
  private final Map<MessageField, String> overrides = new EnumMap<>(MessageField.class);
  private final ObservableList<String> header = FXCollections.observableArrayList();
  private final ObservableMap<MessageField, String> resolved = FXCollections.observableHashMap();
  private final ObjectProperty<ColumnPresetException> presetProblem = new SimpleObjectProperty<>();
  private final StringProperty format = new SimpleStringProperty();
  private final StringProperty previewProblem = new SimpleStringProperty();
  private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
  private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
  private final AtomicLong readSoFar = new AtomicLong();
  private final AtomicReference<ImportControl> control = new AtomicReference<>();
  private long previewSeq;

  public ImportViewModel(
      IntakePipeline pipeline,
      ColumnPresets presets,
      TaskRunner runner,
      DataChanged dataChanged,
      Path file) {
    this.pipeline = pipeline;
    this.presets = presets;
    this.runner = runner;
    this.dataChanged = dataChanged;
    this.file = file;
    preset.addListener(
        (o, was, now) -> {
          if (now == null) {
            return; // the list of presets is being replaced
          }
          overrides.clear();
          presetProblem.set(null);
          loadPreview();
        });
  }

  public Path file() {
    return file;
  }

  /** Lists the presets (built in and saved), then reads the first rows; writes nothing. */
  public void loadPreview() {
    String chosen = preset.get();
    Map<MessageField, String> picked = new EnumMap<>(overrides);
    long seq = ++previewSeq;
    runner.run(
        () -> readPreview(chosen, picked),
        p -> {
          if (seq != previewSeq) {
            return; // a newer choice is being read
          }
          if (!presetNames.equals(p.names())) {
            presetNames.setAll(p.names());
          }
          format.set(p.format().name());
          header.setAll(p.header());
          resolved.clear();
          resolved.putAll(p.resolved());
          preview.setAll(p.rows());
          previewProblem.set(p.problem());
        },
        e -> {
          preview.clear();
          previewProblem.set(e.getMessage());
        });
  }

  /** The person chose the column a field reads; the preview is read again with it. */
  public void mapColumn(MessageField field, String column) {
    if (column == null || column.equals(resolved.get(field))) {
      return;
    }
    overrides.put(field, column);
    loadPreview();
  }

  /** Saves the mapping in view (each field's column) under a new name, then selects it. */
  public void saveAsPreset(String name) {
    String base = preset.get();
    Map<MessageField, String> picked = new EnumMap<>(overrides);
    List<String> columns = List.copyOf(header);
    presetProblem.set(null);
    runner.run(
        () -> {
          ColumnMapping m = mapping(base, picked);
          ColumnMapping effective = columns.isEmpty() ? m : m.resolvedAgainst(base, columns);
          return presets.save(name, effective, "firebreak").preset();
        },
        saved -> {
          presetNames.add(saved);
          preset.set(saved);
        },
        e -> presetProblem.set(problem(e)));
  }

  /** Deletes the saved preset in view; the built-in ones cannot be deleted. */
  public void deletePreset() {
    String name = preset.get();
    runner.run(
        () -> {
          presets.delete(name);
          return name;
        },
        gone -> {
          preset.set("generic");
          presetNames.remove(gone);
        },
        e -> presetProblem.set(problem(e)));
  }

  private static ColumnPresetException problem(Throwable e) {
    return e instanceof ColumnPresetException p
        ? p
        : new ColumnPresetException(ColumnPresetException.Problem.UNKNOWN, "", e.getMessage());
  }

  private ColumnMapping mapping(String name, Map<MessageField, String> picked) {
    ColumnMapping m = presets.mapping(name);
    for (Map.Entry<MessageField, String> e : picked.entrySet()) {
      m = m.withColumn(e.getKey(), e.getValue());
    }
    return m;
  }

  private record Preview(
      List<String> names,
      SourceFormat format,
      List<String> header,
      Map<MessageField, String> resolved,
      List<PreviewRow> rows,
      String problem) {}

  private Preview readPreview(String chosenPreset, Map<MessageField, String> picked) {
    List<String> names = presets.names();
    ColumnMapping mapping = mapping(chosenPreset, picked);
    SourceFormat detected = FormatDetector.detect(file);
    List<PreviewRow> rows = new ArrayList<>();
    List<String> columns = List.of();
    String problem = null;
    try (MessageSource source = new SourceOpener(mapping).open(file, SourceFormat.AUTO)) {
      try {
        SourceRecord r;
        while (rows.size() < PREVIEW_ROWS && (r = source.next()) != null) {
          if (r instanceof RawMessage m) {
            rows.add(new PreviewRow(m.where(), m.author(), m.createdAt(), m.text(), null));
          } else if (r instanceof Rejection j) {
            rows.add(new PreviewRow(j.where(), "", "", "", j.describe()));
          }
        }
      } catch (UnreadableSourceException e) {
        problem = e.getMessage(); // the columns read so far still let the person fix the mapping
      }
      if (source instanceof CsvMessageSource csv) {
        columns = csv.header();
      }
    }
    Map<MessageField, String> found = new EnumMap<>(MessageField.class);
    if (!columns.isEmpty()) {
      found.putAll(mapping.resolvedAgainst(chosenPreset, columns).columns());
    }
    return new Preview(names, detected, columns, found, rows, problem);
  }

  /** Imports the whole file; results arrive on the FX thread. */
  public void start() {
    ImportControl c = new ImportControl(readSoFar::set, batch -> {});
    control.set(c);
    running.set(true);
    String chosen = preset.get();
    Map<MessageField, String> picked = new EnumMap<>(overrides);
    runner.run(
        () ->
            pipeline.run(
                file.getFileName().toString(),
                new SourceOpener(mapping(chosen, picked)).open(file, SourceFormat.AUTO),
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

  public ObservableList<String> presetNames() {
    return presetNames;
  }

  public StringProperty presetProperty() {
    return preset;
  }

  /** The CSV header's columns (empty for other formats). */
  public ObservableList<String> header() {
    return header;
  }

  /** The column each field reads in the file, as the preview found it. */
  public ObservableMap<MessageField, String> resolved() {
    return resolved;
  }

  /** Why the last save or delete of a preset was refused, or null. */
  public ObjectProperty<ColumnPresetException> presetProblemProperty() {
    return presetProblem;
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
