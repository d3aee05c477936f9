package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.firebreak.app.Services;
import org.firebreak.incident.Incident;
import org.firebreak.statements.StatementSummary;
import org.firebreak.store.Database;
import org.firebreak.store.SessionRows;
import org.firebreak.testing.MutableClock;
import org.firebreak.triage.TeamRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRoundTripTest {

  @TempDir Path dir;

  private Services worked(MutableClock clock) {
    Services s = SessionFixture.demo(dir, "source", clock);
    var first = SessionFixture.waiting(s, 3);
    long label = s.labels().all().get(0).id();
    s.triage().toggleLabel(java.util.List.of(first.get(0).id()), label, "ana");
    s.triage()
        .recordReply(
            java.util.List.of(first.get(1).id()),
            "We are on it.",
            java.util.Optional.empty(),
            "ana");
    s.triage().addNote(first.get(2).id(), "Journalist; call back", "ben");
    s.columnPresets()
        .save(
            "Meltwater",
            org.firebreak.intake.ColumnMapping.of(
                "x", java.util.Map.of(org.firebreak.intake.MessageField.TEXT, "Body"), null),
            "ana");
    StatementSummary draft = s.statementService().list().get(0);
    s.statementService().submitForReview(draft.id(), "responder");
    s.statementService().approve(draft.id(), SessionFixture.member(s, TeamRole.APPROVER));
    clock.advance(Duration.ofMinutes(2));
    Incident incident = s.incidents().current().orElseThrow();
    s.statementService()
        .publish(draft.id(), incident.originPlatform(), null, null, null, "responder");
    return s;
  }

  @Test
  void exportThenOpenGivesTheSameIncident() throws Exception {
    MutableClock clock = SessionFixture.clock();
    try (Services source = worked(clock)) {
      Path file = SessionFixture.export(source, dir.resolve("out/incident.firebreak"));
      SessionManifest manifest;
      try (SessionArchive archive = SessionArchive.open(file)) {
        manifest = archive.manifest();
      }
      assertThat(manifest.formatVersion()).isEqualTo(SessionFormat.FORMAT_VERSION);
      assertThat(manifest.entries()).hasSize(SessionRows.ENTRIES.size());
      Map<String, Long> counts = new SessionRows(source.database()).counts();
      assertThat(manifest.entry("messages.ndjson").rows())
          .isEqualTo(counts.get("messages"))
          .isPositive();
      assertThat(manifest.entry("audit.ndjson").rows()).isPositive();
      assertThat(manifest.entry("column_presets.ndjson").rows()).isEqualTo(1);

      MergeReport opened = SessionOpener.open(file, dir.resolve("copy"));
      assertThat(opened.added()).containsEntry("messages", counts.get("messages"));
      try (Database copy = Database.open(dir.resolve("copy"))) {
        assertThat(new SessionRows(copy).counts()).isEqualTo(counts);
        assertThat(SessionChecksums.of(copy)).isEqualTo(SessionChecksums.of(source.database()));
        // the opened copy is searchable: its messages' words were indexed as they went in
        org.firebreak.queue.QueueQuery kettle =
            org.firebreak.queue.QueueQuery.newestFirst().withSearch("kettle");
        assertThat(new org.firebreak.store.MessageStore(copy).count(kettle))
            .isPositive()
            .isEqualTo(source.messages().count(kettle));
      }
    }
  }

  @Test
  void openRefusesAnExistingIncident() throws Exception {
    Path file;
    try (Services source = SessionFixture.demo(dir, "source", SessionFixture.clock())) {
      file = SessionFixture.export(source, dir.resolve("incident.firebreak"));
    }
    long before = Files.size(dir.resolve("source.mv.db"));
    assertThatThrownBy(() -> SessionOpener.open(file, dir.resolve("source")))
        .hasMessageContaining("already holds an incident");
    assertThat(Files.size(dir.resolve("source.mv.db"))).isEqualTo(before);
  }

  @Test
  void aCancelledExportLeavesThePreviousFile() throws Exception {
    try (Services source = SessionFixture.demo(dir, "source", SessionFixture.clock())) {
      Path file = dir.resolve("incident.firebreak");
      Files.writeString(file, "previous");
      long[] seen = {0};
      SessionExporter.Progress cancelSoon =
          new SessionExporter.Progress() {
            @Override
            public void rows(long done, long total) {
              seen[0] = done;
            }

            @Override
            public boolean cancelled() {
              return true;
            }
          };
      assertThatThrownBy(
              () ->
                  new SessionExporter(source.database(), source.clock())
                      .export(file, "t", cancelSoon))
          .isInstanceOf(CancellationException.class);
      assertThat(Files.readString(file)).isEqualTo("previous");
      assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }
}
