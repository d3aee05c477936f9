package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.firebreak.app.AppVersion;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;
import org.firebreak.queue.InsertResult;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @TempDir Path dir;

  private Path base() {
    return dir.resolve("incident");
  }

  static Message message(Platform platform, String externalId, String text) {
    Instant at = Instant.parse("2026-11-24T08:00:00Z");
    return new Message(
        0,
        platform,
        externalId,
        null,
        "@someone",
        10,
        text,
        null,
        at,
        at,
        Direction.INBOUND,
        "en",
        0,
        0,
        MessageStatus.NEEDS_REPLY,
        null,
        List.of());
  }

  @Test
  void aFreshFileIsMigratedToThisSchema() throws Exception {
    try (Database db = Database.open(base())) {
      int version =
          db.read(
              c -> {
                try (Statement s = c.createStatement();
                    ResultSet rs =
                        s.executeQuery(
                            "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                  rs.next();
                  return rs.getInt(1);
                }
              });
      assertThat(version).isEqualTo(AppVersion.SCHEMA_VERSION);
      List<String> tables =
          db.read(
              c -> {
                try (Statement s = c.createStatement();
                    ResultSet rs =
                        s.executeQuery(
                            "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                  List<String> out = new java.util.ArrayList<>();
                  while (rs.next()) {
                    out.add(rs.getString(1));
                  }
                  return out;
                }
              });
      assertThat(tables)
          .contains(
              "incidents",
              "messages",
              "labels",
              "message_labels",
              "replies",
              "statements",
              "statement_versions",
              "team_members",
              "audit_log");
    }
    assertThat(DatabaseLocation.dataFile(base())).exists();
  }

  @Test
  void schemaVersionConstantMatchesTheHighestMigrationShipped() throws Exception {
    Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
    // SQL migrations, and the Java ones (a migration that tokenises rows in Java)
    Path javaMigrations = Path.of(getClass().getResource("/org/firebreak/store/migration").toURI());
    int highest;
    try (Stream<Path> files = Stream.concat(Files.list(migrations), Files.list(javaMigrations))) {
      highest =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.*\\.(sql|class)"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow();
    }
    assertThat(AppVersion.SCHEMA_VERSION).isEqualTo(highest);
  }

  @Test
  void aMessageIsNeverStoredTwice() {
    try (Database db = Database.open(base())) {
      MessageStore store = new MessageStore(db);
      InsertResult first =
          store.insertBatch(
              List.of(
                  message(Platform.X, "1731000000000000001", "first"),
                  message(Platform.X, "1731000000000000001", "same id again in the batch"),
                  message(Platform.FACEBOOK, "1731000000000000001", "same id, other platform")));
      assertThat(first).isEqualTo(new InsertResult(2, 1));
      InsertResult second =
          store.insertBatch(List.of(message(Platform.X, "1731000000000000001", "imported again")));
      assertThat(second).isEqualTo(new InsertResult(0, 1));
      assertThat(store.count(org.firebreak.queue.QueueQuery.newestFirst())).isEqualTo(2);
    }
  }

  @Test
  void theUniqueKeyHoldsEvenForARawInsert() {
    try (Database db = Database.open(base())) {
      new MessageStore(db).insertBatch(List.of(message(Platform.X, "42", "a")));
      assertThatThrownBy(
              () ->
                  db.write(
                      c -> {
                        try (Statement s = c.createStatement()) {
                          return s.executeUpdate(
                              "INSERT INTO messages (platform, external_id, author, text, preview, created_at, received_at, direction, status)"
                                  + " VALUES ('X', '42', 'b', 'b', 'b', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'INBOUND', 'NEEDS_REPLY')");
                        }
                      }))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("UQ_MESSAGES_PLATFORM_EXTERNAL");
    }
  }

  @Test
  void theAuditLogRefusesChanges() {
    try (Database db = Database.open(base())) {
      db.write(
          c -> {
            AuditLog.append(
                c,
                org.firebreak.triage.AuditEntry.of(
                    Instant.now(), "rina", "test", "incident", 1, null, "x"));
            return null;
          });
      assertThatThrownBy(
              () ->
                  db.write(
                      c -> {
                        try (Statement s = c.createStatement()) {
                          return s.executeUpdate("UPDATE audit_log SET actor = 'mallory'");
                        }
                      }))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(
              () ->
                  db.write(
                      c -> {
                        try (Statement s = c.createStatement()) {
                          return s.executeUpdate("DELETE FROM audit_log");
                        }
                      }))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("append-only");
      assertThat(new AuditLog(db).latest(10))
          .extracting(org.firebreak.triage.AuditEntry::actor)
          .containsExactly("rina");
    }
  }

  @Test
  void aDatabaseFromANewerFirebreakIsRefusedAndLeftUntouched() throws Exception {
    Database.open(base()).close();
    String url = "jdbc:h2:file:" + base().toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url, "firebreak", "");
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
              + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'firebreak', 1, TRUE)");
      s.executeUpdate(
          "UPDATE firebreak_meta SET meta_value = '9.0.0' WHERE meta_key = 'written_by'");
    }
    Path file = DatabaseLocation.dataFile(base());
    String before = sha256(file);

    assertThatThrownBy(() -> Database.open(base()))
        .isInstanceOf(NewerDatabaseException.class)
        .hasMessageContaining("Firebreak 9.0.0 (schema 99)")
        .hasMessageContaining(
            "this is Firebreak "
                + AppVersion.release()
                + " (schema "
                + AppVersion.SCHEMA_VERSION
                + ")")
        .hasMessageContaining(file.toString());
    assertThat(sha256(file)).isEqualTo(before);
  }

  @Test
  void aSecondWindowInThisProcessGetsAClearMessage() {
    try (Database first = Database.open(base())) {
      assertThatThrownBy(() -> Database.open(base()))
          .isInstanceOf(DatabaseInUseException.class)
          .hasMessageContaining("already open in another Firebreak window");
      assertThat(
              new MessageStore(first)
                  .insertBatch(List.of(message(Platform.X, "1", "still works")))
                  .inserted())
          .isEqualTo(1);
    }
    Database.open(base()).close();
  }

  @Test
  void aSecondFirebreakProcessIsRefusedAndTheFileStaysUsable() throws Exception {
    Database.open(base()).close();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HoldDatabase.class.getName(),
                base().toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals("open"));
      assertThat(line).as("the other process opened the database").isEqualTo("open");
      assertThatThrownBy(() -> Database.open(base()))
          .isInstanceOf(DatabaseInUseException.class)
          .hasMessageContaining("already open in another Firebreak window");
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (Database again = Database.open(base())) {
      assertThat(
              new MessageStore(again)
                  .insertBatch(List.of(message(Platform.X, "2", "after")))
                  .inserted())
          .isEqualTo(1);
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
