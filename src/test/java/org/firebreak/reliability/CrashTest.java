package org.firebreak.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Random;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL in the middle of imports and bulk replies, then checks that every
 * committed unit of work is there exactly once and that the audit log agrees with the data. Counts
 * per kind come from {@link CrashHarness#runs}; the figures are printed as one JSON line per kind.
 */
class CrashTest {

  private static final int MESSAGES = 3_000;
  @TempDir Path dir;

  @Test
  void killedImportsLoseNothingCommittedAndARerunCompletesWithoutDuplicates() throws Exception {
    Path file = dir.resolve("crash.ndjson");
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < MESSAGES; i++) {
      ndjson
          .append("{\"id\":\"c")
          .append(i)
          .append("\",\"platform\":\"x\",\"author\":\"a")
          .append(i % 97)
          .append("\",\"text\":\"Message number ")
          .append(i)
          .append("\",\"created_at\":\"2026-11-24T08:00:00Z\"}\n");
    }
    Files.writeString(file, ndjson);
    Random random = new Random(42);
    int runs = CrashHarness.runs("ingest");
    Path db = dir.resolve("ingest");
    long lost = 0;
    long failedOpens = 0;
    for (int run = 0; run < runs; run++) {
      long before = count(db);
      long[] killed =
          CrashHarness.killAfter(CrashHarness.child("import", db, file), 1 + random.nextInt(2));
      long after = count(db);
      if (after < 0) {
        failedOpens++;
      } else if (after < before + killed[0]) {
        lost += before + killed[0] - after;
      }
    }
    try (Services s = Services.open(db, Clock.systemUTC())) {
      s.intake()
          .run(
              "crash.ndjson",
              new SourceOpener(ColumnMapping.generic()).open(file, SourceFormat.NDJSON),
              ImportControl.silent());
    }
    long finalCount = count(db);
    new CrashFigures("ingest", runs)
        .put("messages_checked", finalCount)
        .put("lost", lost)
        .put("duplicated", Math.max(0, finalCount - MESSAGES))
        .put("failed_to_open", failedOpens)
        .print();
    assertThat(failedOpens).isZero();
    assertThat(lost).isZero();
    assertThat(finalCount).isEqualTo(MESSAGES);
  }

  @Test
  void killedBulkRepliesAreWhollyAppliedOrAbsentAndTheAuditAgrees() throws Exception {
    Path db = dir.resolve("triage");
    try (Services s = Services.open(db, Clock.systemUTC())) {
      s.writeDemo();
    }
    Random random = new Random(7);
    int runs = CrashHarness.runs("triage");
    long[] checked = {0};
    for (int run = 0; run < runs; run++) {
      CrashHarness.killAfter(CrashHarness.child("bulk", db, db), 1 + random.nextInt(3));
      try (Database d = Database.open(db)) {
        d.read(
            c -> {
              try (Statement st = c.createStatement()) {
                // every reply the bulk child recorded has exactly one audit row, and the reverse
                long replies =
                    single(st, "SELECT COUNT(*) FROM replies WHERE sent_by = 'crash-child'");
                long recorded =
                    single(
                        st,
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'reply.record' AND actor = 'crash-child'");
                long undone =
                    single(
                        st,
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'undo.reply.record' AND actor = 'crash-child'");
                assertThat(replies)
                    .as("run %d: replies = recorded - undone", 0)
                    .isEqualTo(recorded - undone);
                // a message is REPLIED only with a reply behind it
                long repliedWithout =
                    single(
                        st,
                        "SELECT COUNT(*) FROM messages m WHERE m.status = 'REPLIED' AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.message_id = m.id)");
                assertThat(repliedWithout).isZero();
                // change sets are whole: each has one reply.record row per message it touched and
                // as many status rows
                long partial =
                    single(
                        st,
                        "SELECT COUNT(*) FROM (SELECT change_id FROM audit_log WHERE actor = 'crash-child' AND action IN ('reply.record', 'status.set')"
                            + " GROUP BY change_id HAVING COUNT(CASE WHEN action = 'reply.record' THEN 1 END) <> COUNT(CASE WHEN action = 'status.set' THEN 1 END))");
                assertThat(partial).isZero();
                checked[0] = single(st, "SELECT COUNT(*) FROM messages");
              }
              return null;
            });
      }
    }
    new CrashFigures("triage", runs)
        .put("messages_checked", checked[0])
        .put("partial_change_sets", 0)
        .put("audit_mismatches", 0)
        .print();
  }

  @Test
  void killedApprovalsNeverLeaveAnApprovalWithoutItsAuditRowNorTheReverse() throws Exception {
    Path db = dir.resolve("approval");
    try (Services s = Services.open(db, Clock.systemUTC())) {
      s.writeDemo();
    }
    Random random = new Random(11);
    int runs = CrashHarness.runs("approval");
    long approvalsChecked = 0;
    for (int run = 0; run < runs; run++) {
      long[] killed =
          CrashHarness.killAfter(CrashHarness.child("approve", db, db), 1 + random.nextInt(4));
      try (Database d = Database.open(db)) {
        long[] counts =
            d.read(
                c -> {
                  try (Statement st = c.createStatement()) {
                    long approved =
                        single(st, "SELECT COUNT(*) FROM statements WHERE approver IS NOT NULL");
                    long approveRows =
                        single(
                            st,
                            "SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE action = 'statement.approve'");
                    long published =
                        single(st, "SELECT COUNT(*) FROM statements WHERE state = 'PUBLISHED'");
                    long publishRows =
                        single(
                            st,
                            "SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE action = 'statement.publish'");
                    return new long[] {approved, approveRows, published, publishRows};
                  }
                });
        assertThat(counts[0]).as("approved statements = approvals audited").isEqualTo(counts[1]);
        assertThat(counts[2])
            .as("published statements = publications audited")
            .isEqualTo(counts[3]);
        assertThat(counts[0])
            .as("every approval reported committed survived")
            .isGreaterThanOrEqualTo(killed[1] / 2);
        approvalsChecked = counts[0];
      }
    }
    new CrashFigures("approval", runs)
        .put("approvals_checked", approvalsChecked)
        .put("without_audit", 0)
        .put("audit_without_approval", 0)
        .print();
  }

  private static long single(Statement st, String sql) throws java.sql.SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Messages stored, or -1 when the database does not open. */
  private static long count(Path db) {
    if (!Files.exists(db.resolveSibling(db.getFileName() + ".mv.db"))) {
      return 0;
    }
    try (Database d = Database.open(db)) {
      return d.read(
          c -> {
            try (Statement st = c.createStatement()) {
              return single(st, "SELECT COUNT(*) FROM messages");
            }
          });
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
