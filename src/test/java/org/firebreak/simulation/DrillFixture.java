package org.firebreak.simulation;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.incident.Platform;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementKind;

/** A training database in a temp folder, a simulated clock, and the trainee's moves. */
final class DrillFixture implements AutoCloseable {

  static final Instant START = Instant.parse("2026-05-01T09:00:00Z");

  final SimulatedClock clock;
  final Services services;
  final Path live;

  DrillFixture(Path dir, String name, SimulatedClock clock) {
    this.clock = clock;
    this.services = Services.open(dir.resolve(name), clock);
    this.live = dir.resolve("live");
  }

  DrillFixture(Path dir, String name) {
    this(dir, name, new SimulatedClock(START, 60));
  }

  ScenarioPlayer start(Scenario scenario) {
    return ScenarioPlayer.start(scenario, services, clock, live);
  }

  /** external id | received at | platform | author | reach | text, ordered by id. */
  List<String> messages() {
    return services
        .database()
        .read(
            c -> {
              List<String> out = new ArrayList<>();
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT external_id, received_at, platform, author, author_reach, text"
                              + " FROM messages ORDER BY external_id");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.add(
                      rs.getString(1)
                          + "|"
                          + rs.getObject(2, java.time.OffsetDateTime.class).toInstant()
                          + "|"
                          + rs.getString(3)
                          + "|"
                          + rs.getString(4)
                          + "|"
                          + rs.getLong(5)
                          + "|"
                          + rs.getString(6));
                }
              }
              return out;
            });
  }

  long messageId(String externalId) {
    return services
        .database()
        .read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT id FROM messages WHERE external_id = ?")) {
                ps.setString(1, externalId);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
  }

  long labelId(String name) {
    return services.labels().all().stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  List<String> externalIds() {
    return messages().stream().map(m -> m.substring(0, m.indexOf('|'))).toList();
  }

  /** Drafts, approves and publishes a statement now, on the given platforms in order. */
  Statement publish(String text, Platform... platforms) {
    var statements = services.statementService();
    Statement s =
        statements.createDraft(StatementKind.APOLOGY, "Statement", text, "Spokesperson", "Trainee");
    statements.submitForReview(s.id(), "Trainee");
    statements.approve(s.id(), "Trainer");
    for (Platform p : platforms) {
      statements.publish(s.id(), p, null, null, "trainee chose this platform", "Trainee");
    }
    return s;
  }

  @Override
  public void close() {
    services.close();
  }
}
