package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.plan.Committee;
import org.firebreak.plan.CommitteeMember;
import org.firebreak.plan.PlanFile;
import org.firebreak.plan.PlanRuleException;
import org.firebreak.plan.Playbook;
import org.firebreak.plan.PlaybookJson;
import org.firebreak.triage.AuditEntry;

/** Playbooks in H2 (schema 9): one row each, its content one JSON document; changes audited. */
public final class PlaybookStore {

  private static final String SEEDED = "playbooks_seeded";
  private final Database db;

  public PlaybookStore(Database db) {
    this.db = db;
  }

  public List<Playbook> all() {
    return db.read(
        c -> {
          List<Playbook> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT * FROM playbooks ORDER BY language, name_key");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(map(rs));
            }
          }
          return out;
        });
  }

  public Optional<Playbook> find(long id) {
    return db.read(c -> find(c, id));
  }

  static Optional<Playbook> find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM playbooks WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  public Playbook insert(Playbook p, String actor, Instant at) {
    return db.write(
        c -> {
          refuseClash(c, 0, p);
          long id = insert(c, p, false, at);
          AuditLog.append(
              c, AuditEntry.of(at, actor, "playbook.create", "playbook", id, null, p.name()));
          return p.withId(id, false);
        });
  }

  public Playbook update(Playbook p, String actor, Instant at) {
    return db.write(
        c -> {
          Playbook before =
              find(c, p.id())
                  .orElseThrow(
                      () -> new PlanRuleException("playbook", "The playbook no longer exists."));
          refuseClash(c, p.id(), p);
          update(c, p.id(), p, at);
          AuditLog.append(
              c,
              AuditEntry.of(
                  at,
                  actor,
                  "playbook.update",
                  "playbook",
                  p.id(),
                  PlaybookJson.toJson(before),
                  PlaybookJson.toJson(p)));
          return p.withId(p.id(), before.builtIn());
        });
  }

  public void delete(long id, String actor, Instant at) {
    db.write(
        c -> {
          Playbook before =
              find(c, id)
                  .orElseThrow(
                      () -> new PlanRuleException("playbook", "The playbook no longer exists."));
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM playbooks WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
          }
          AuditLog.append(
              c,
              AuditEntry.of(
                  at, actor, "playbook.delete", "playbook", id, PlaybookJson.toJson(before), null));
          return null;
        });
  }

  /**
   * Adds the built-in playbooks the first time a database is opened; once a team has deleted one,
   * it stays deleted.
   */
  public void seedOnce(java.util.function.Supplier<List<Playbook>> builtIns, Instant at) {
    boolean seeded =
        db.read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT 1 FROM firebreak_meta WHERE meta_key = ?")) {
                ps.setString(1, SEEDED);
                try (ResultSet rs = ps.executeQuery()) {
                  return rs.next();
                }
              }
            });
    if (seeded) {
      return;
    }
    db.write(
        c -> {
          for (Playbook p : builtIns.get()) {
            if (idByName(c, p.nameKey()) == null) {
              insert(c, p, true, at);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO firebreak_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            ps.setString(1, SEEDED);
            ps.setString(2, at.toString());
            ps.executeUpdate();
          }
          return null;
        });
  }

  static Long idByName(Connection c, String nameKey) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM playbooks WHERE name_key = ?")) {
      ps.setString(1, nameKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  static long insert(Connection c, Playbook p, boolean builtIn, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO playbooks (name, name_key, language, crisis_type, built_in, body, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setString(1, p.name());
      ps.setString(2, p.nameKey());
      ps.setString(3, p.language());
      ps.setString(4, p.type().name());
      ps.setBoolean(5, builtIn);
      ps.setString(6, PlaybookJson.toJson(p));
      Sql.setInstant(ps, 7, at);
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  static void update(Connection c, long id, Playbook p, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE playbooks SET name = ?, name_key = ?, language = ?, crisis_type = ?, body = ?,"
                + " updated_at = ? WHERE id = ?")) {
      ps.setString(1, p.name());
      ps.setString(2, p.nameKey());
      ps.setString(3, p.language());
      ps.setString(4, p.type().name());
      ps.setString(5, PlaybookJson.toJson(p));
      Sql.setInstant(ps, 6, at);
      ps.setLong(7, id);
      ps.executeUpdate();
    }
  }

  /** What an import did. */
  public record ImportResult(int added, int replaced, int members) {}

  /**
   * Stores a checked plan file in one transaction: playbooks by name (a same-named one is
   * replaced), committee members by name, and the committee's settings (the later meeting kept).
   */
  public ImportResult importPlan(PlanFile file, String actor, Instant at) {
    return db.write(
        c -> {
          int added = 0;
          int replaced = 0;
          for (Playbook p : file.playbooks()) {
            Long id = idByName(c, p.nameKey());
            if (id == null) {
              id = insert(c, p, false, at);
              added++;
            } else {
              update(c, id, p, at);
              replaced++;
            }
            AuditLog.append(
                c, AuditEntry.of(at, actor, "playbook.import", "playbook", id, null, p.name()));
          }
          Committee committee = file.committee();
          if (committee != null) {
            for (CommitteeMember m : committee.members()) {
              CommitteeStore.save(c, m);
            }
            Committee here = CommitteeStore.load(c);
            Instant met =
                here.lastMet() == null
                        || (committee.lastMet() != null
                            && committee.lastMet().isAfter(here.lastMet()))
                    ? committee.lastMet()
                    : here.lastMet();
            CommitteeStore.settings(
                c,
                new Committee(
                    List.of(),
                    committee.cadence(),
                    met,
                    committee.publishingTools().isEmpty()
                        ? here.publishingTools()
                        : committee.publishingTools()));
            AuditLog.append(
                c,
                AuditEntry.of(
                    at,
                    actor,
                    "committee.import",
                    "committee",
                    0,
                    null,
                    committee.members().size() + " members"));
          }
          return new ImportResult(
              added, replaced, committee == null ? 0 : committee.members().size());
        });
  }

  private static void refuseClash(Connection c, long selfId, Playbook p) throws SQLException {
    Long other = idByName(c, p.nameKey());
    if (other != null && other != selfId) {
      throw new PlanRuleException(
          "name",
          "There is already a playbook called \""
              + p.name()
              + "\" (names are compared without case); choose another name.");
    }
  }

  private static Playbook map(ResultSet rs) throws SQLException {
    return PlaybookJson.fromJson(rs.getString("body"), rs.getLong("id"), rs.getBoolean("built_in"));
  }
}
