package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.ImportSummary;
import org.firebreak.intake.MessageSource;
import org.firebreak.intake.Rejection;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.UnreadableSourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `firebreak import FILE...`: messages from exports into the incident database. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import messages from CSV, JSON, NDJSON, an X or Mastodon archive, Bluesky records, or a zip"
          + " of them. Importing the same file twice adds nothing.",
      "Prints: read N, imported N, duplicates N, rejected N. Exit 0 when the file was read (even"
          + " with rejected rows), 1 when it could not be read (then nothing of it is stored)."
    })
final class ImportCommand implements Callable<Integer> {

  static final long PROGRESS_EVERY = 50_000;

  @Mixin DatabaseOption database;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description = "auto, csv, json, ndjson, x-archive, mastodon, bluesky or zip (default: auto).")
  String format;

  @Option(
      names = "--map",
      paramLabel = "FIELD=COLUMN",
      description =
          "CSV column for a field (id, text, author, created_at, platform, reach, url,"
              + " conversation, default_platform), e.g. --map text=\"Full Text\".")
  List<String> map = new ArrayList<>();

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      defaultValue = "generic",
      description =
          "CSV column preset: generic, brandwatch, talkwalker or one saved from the console's"
              + " File > Import (default: generic).")
  String preset;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SourceFormat sourceFormat = SourceFormat.parse(format);
    if (ColumnMapping.isBuiltIn(preset)) {
      ColumnMapping.preset(preset).with(map); // a bad --map is refused before the database opens
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        spec.commandLine().getErr().println("firebreak: " + f + ": no such file; nothing imported");
        return FriendlyErrors.FAILED;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ImportSummary> summaries = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (Services services = database.open()) {
      SourceOpener opener = new SourceOpener(services.columnPresets().mapping(preset).with(map));
      for (Path f : files) {
        String name = f.getFileName().toString();
        ImportControl control = new ImportControl(progress(err, name), b -> {});
        try {
          MessageSource source = opener.open(f, sourceFormat);
          summaries.add(services.intake().run(name, source, control));
        } catch (UnreadableSourceException e) {
          failures.add(e.getMessage());
          err.println("firebreak: " + e.getMessage() + "; nothing imported from it");
        }
      }
    }
    if (json) {
      out.println(StatsCommand.mapper().writeValueAsString(jsonReport(summaries, failures)));
    } else {
      for (ImportSummary s : summaries) {
        out.println((files.size() > 1 ? s.source() + ": " : "") + s.line());
        s.warnings().forEach(w -> err.println("warning: " + w));
        s.rejections().stream().limit(20).forEach(r -> err.println("rejected: " + r.describe()));
        if (s.rejected() > 20) {
          err.println("rejected: ... " + (s.rejected() - 20) + " more (--json lists them)");
        }
      }
    }
    out.flush();
    err.flush();
    return failures.isEmpty() ? 0 : FriendlyErrors.FAILED;
  }

  /** Prints a line on stderr each time another {@link #PROGRESS_EVERY} records have been read. */
  private static LongConsumer progress(PrintWriter err, String name) {
    long[] last = {0};
    return read -> {
      if (read / PROGRESS_EVERY > last[0] / PROGRESS_EVERY) {
        err.println(name + ": " + read + " records read");
        err.flush();
      }
      last[0] = read;
    };
  }

  private static Map<String, Object> jsonReport(List<ImportSummary> all, List<String> failures) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("read", all.stream().mapToLong(ImportSummary::read).sum());
    report.put("imported", all.stream().mapToLong(ImportSummary::imported).sum());
    report.put("duplicates", all.stream().mapToLong(ImportSummary::duplicates).sum());
    report.put("rejected", all.stream().mapToLong(ImportSummary::rejected).sum());
    List<Map<String, Object>> rejectedRows = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ImportSummary s : all) {
      for (Rejection r : s.rejections()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", s.source());
        row.put("line", r.line());
        row.put("where", r.where());
        row.put("field", r.field());
        row.put("reason", r.reason());
        rejectedRows.add(row);
      }
      warnings.addAll(s.warnings());
    }
    report.put("rejectedRows", rejectedRows);
    report.put("warnings", warnings);
    report.put("errors", failures);
    return report;
  }
}
