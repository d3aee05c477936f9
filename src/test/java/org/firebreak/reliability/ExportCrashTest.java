package org.firebreak.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.stream.Stream;
import org.firebreak.app.Services;
import org.firebreak.share.session.SessionArchive;
import org.firebreak.share.session.SessionManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM while it rewrites the session file, the CSV report and the after-action report
 * in place: each target must then be a complete file (the previous one or the new one), never a
 * partial one, and a killed write leaves at most its one temporary file behind.
 */
class ExportCrashTest {

  @TempDir Path dir;

  @Test
  void killedExportsLeaveThePreviousOrTheNewCompleteFileNeverAPartialOne() throws Exception {
    Path db = dir.resolve("export");
    Path out = Files.createDirectories(dir.resolve("out"));
    long messages;
    try (Services s = Services.open(db, Clock.systemUTC())) {
      s.writeDemo();
      messages = s.messages().count(org.firebreak.queue.QueueQuery.newestFirst());
    }
    Random random = new Random(23);
    int runs = CrashHarness.runs("export");
    CrashFigures figures = new CrashFigures("export", runs);
    long partial = 0;
    long filesChecked = 0;
    long staleTemps = 0;
    for (int run = 0; run < runs; run++) {
      CrashHarness.killAfter(CrashHarness.child("export", db, out), 1 + random.nextInt(7));
      long sessionRows = sessionMessages(out.resolve(ExportRounds.SESSION));
      long csvRows = csvRecords(out.resolve(ExportRounds.CSV));
      boolean htmlWhole = htmlWhole(out.resolve(ExportRounds.HTML));
      filesChecked += 1 + (csvRows >= 0 ? 1 : 0) + (htmlWhole ? 1 : 0);
      if (sessionRows != messages) {
        partial++;
      }
      if (Files.exists(out.resolve(ExportRounds.CSV)) && csvRows != messages) {
        partial++;
      }
      if (Files.exists(out.resolve(ExportRounds.HTML)) && !htmlWhole) {
        partial++;
      }
      figures.add("messages_checked", Math.max(0, sessionRows) + Math.max(0, csvRows));
      try (Stream<Path> files = Files.list(out)) {
        staleTemps = Math.max(staleTemps, files.filter(f -> f.toString().endsWith(".tmp")).count());
      }
    }
    figures
        .put("files_checked", filesChecked)
        .put("partial_files", partial)
        .put("most_temp_files_left", staleTemps)
        .print();
    assertThat(partial).as("partial files").isZero();
    assertThat(staleTemps).as("temporary files left at once").isLessThanOrEqualTo(1);
  }

  /** Messages in a session file whose every entry matches its checksum, or -1. */
  private static long sessionMessages(Path file) {
    try (SessionArchive archive = SessionArchive.open(file)) {
      long[] messages = {0};
      for (SessionManifest.Entry entry : archive.manifest().entries()) {
        String name = entry.name().replace(".ndjson", "");
        archive.rows(
            name,
            row -> {
              if (name.equals("messages")) {
                messages[0]++;
              }
            });
      }
      return messages[0];
    } catch (Exception e) {
      return -1;
    }
  }

  /** Records in the CSV report after its header, or -1 when it is not whole CSV. */
  private static long csvRecords(Path file) {
    if (!Files.exists(file)) {
      return -1;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (!text.endsWith("\r\n")) {
        return -1;
      }
      CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
      long records = 0;
      try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(text)) {
        while (it.hasNextValue()) {
          String[] row = it.nextValue();
          if (row.length != org.firebreak.share.CsvReport.COLUMNS.size()) {
            return -1;
          }
          records++;
        }
      }
      return records - 1;
    } catch (Exception e) {
      return -1;
    }
  }

  private static boolean htmlWhole(Path file) throws java.io.IOException {
    return Files.exists(file) && Files.readString(file).endsWith("</html>\n");
  }
}
