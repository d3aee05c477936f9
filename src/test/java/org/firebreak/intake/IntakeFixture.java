package org.firebreak.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.app.Services;

/** A real H2 incident file in a temp folder, and helpers to import into it and read it back. */
final class IntakeFixture implements AutoCloseable {

  static final Instant NOW = Instant.parse("2023-08-13T09:00:00Z");

  final Path dir;
  final Services services;

  IntakeFixture(Path dir) {
    this.dir = dir;
    this.services = Services.open(dir.resolve("incident"), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** Copies a test resource under intake/ into the temp folder (so zips and names are real). */
  Path resource(String name) {
    try (InputStream in = IntakeFixture.class.getResourceAsStream("/intake/" + name)) {
      Path target = dir.resolve(name);
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String name, String text) {
    return write(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  ImportSummary importFile(Path file) {
    return importFile(file, SourceFormat.AUTO, ColumnMapping.generic());
  }

  ImportSummary importFile(Path file, SourceFormat format, ColumnMapping mapping) {
    MessageSource source = new SourceOpener(mapping).open(file, format);
    return services.intake().run(file.getFileName().toString(), source, ImportControl.silent());
  }

  ImportSummary importStream(String name, InputStream in, SourceFormat format) {
    MessageSource source = new SourceOpener(ColumnMapping.generic()).open(name, in, format);
    return services.intake().run(name, source, ImportControl.silent());
  }

  long count() {
    return services.intakeStore().count();
  }

  /** Stored rows by external id: column name to value, for the columns asked. */
  Map<String, Map<String, String>> rows(String... columns) {
    return services
        .database()
        .read(
            c -> {
              Map<String, Map<String, String>> out = new LinkedHashMap<>();
              String sql =
                  "SELECT external_id, "
                      + String.join(", ", columns)
                      + " FROM messages ORDER BY id";
              try (PreparedStatement ps = c.prepareStatement(sql);
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  Map<String, String> row = new LinkedHashMap<>();
                  for (String col : columns) {
                    row.put(col, rs.getString(col));
                  }
                  out.put(rs.getString(1), row);
                }
              }
              return out;
            });
  }

  List<String> column(String column) {
    List<String> values = new ArrayList<>();
    rows(column).values().forEach(r -> values.add(r.get(column)));
    return values;
  }

  @Override
  public void close() {
    services.close();
  }
}
