package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.firebreak.plan.Committee;
import org.firebreak.plan.CommitteeMember;
import org.firebreak.plan.Department;
import org.firebreak.plan.MeetingCadence;
import org.firebreak.plan.PlanRuleException;
import org.firebreak.triage.AuditEntry;

/** The social media committee and the plan's settings (schema 9); every change audited. */
public final class CommitteeStore {

  private final Database db;

  public CommitteeStore(Database db) {
    this.db = db;
  }

  public Committee load() {
    return db.read(CommitteeStore::load);
  }

  static Committee load(Connection c) throws SQLException {
    List<CommitteeMember> members = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT * FROM committee_members ORDER BY department, name_key");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        members.add(
            new CommitteeMember(
                rs.getLong("id"),
                rs.getString("name"),
                Department.valueOf(rs.getString("department")),
                rs.getString("role"),
                rs.getString("contact"),
                rs.getString("deputy")));
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM plan_settings WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new Committee(
          members,
          MeetingCadence.valueOf(rs.getString("meeting_cadence")),
          Sql.instant(rs, "last_met"),
          tools(rs.getString("publishing_tools")));
    }
  }

  static List<String> tools(String stored) {
    return stored == null || stored.isBlank()
        ? List.of()
        : Arrays.stream(stored.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Adds a member, or changes the one of that name (names are compared without case). */
  public CommitteeMember save(CommitteeMember m, String actor, Instant at) {
    return db.write(
        c -> {
          long id = save(c, m);
          AuditLog.append(
              c,
              AuditEntry.of(
                  at,
                  actor,
                  "committee.save",
                  "committee",
                  id,
                  null,
                  m.name() + " | " + m.department() + " | deputy " + m.deputy()));
          return new CommitteeMember(
              id, m.name(), m.department(), m.role(), m.contact(), m.deputy());
        });
  }

  static long save(Connection c, CommitteeMember m) throws SQLException {
    String key = m.name().strip().toLowerCase(Locale.ROOT);
    Long existing = null;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM committee_members WHERE name_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        existing = rs.next() ? rs.getLong(1) : null;
      }
    }
    if (m.id() != 0 && existing != null && existing != m.id()) {
      throw new PlanRuleException(
          "name", "\"" + m.name() + "\" is already on the committee; choose another name.");
    }
    Long target = m.id() != 0 ? Long.valueOf(m.id()) : existing;
    String sql =
        target == null
            ? "INSERT INTO committee_members (name, name_key, department, role, contact, deputy)"
                + " VALUES (?, ?, ?, ?, ?, ?)"
            : "UPDATE committee_members SET name = ?, name_key = ?, department = ?, role = ?,"
                + " contact = ?, deputy = ? WHERE id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      ps.setString(1, m.name().strip());
      ps.setString(2, key);
      ps.setString(3, m.department().name());
      ps.setString(4, m.role());
      ps.setString(5, m.contact());
      ps.setString(6, m.deputy());
      if (target != null) {
        ps.setLong(7, target);
        ps.executeUpdate();
        return target;
      }
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  public void delete(long id, String actor, Instant at) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM committee_members WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
          }
          AuditLog.append(
              c, AuditEntry.of(at, actor, "committee.remove", "committee", id, null, null));
          return null;
        });
  }

  /** Records that the committee met at {@code met}. */
  public void markMet(Instant met, String actor, Instant at) {
    setting("last_met", met, "committee.met", actor, at);
  }

  public void setCadence(MeetingCadence cadence, String actor, Instant at) {
    setting("meeting_cadence", cadence.name(), "committee.cadence", actor, at);
  }

  public void setPublishingTools(List<String> tools, String actor, Instant at) {
    setting("publishing_tools", String.join("\n", tools), "plan.tools", actor, at);
  }

  static void settings(Connection c, Committee committee) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE plan_settings SET meeting_cadence = ?, last_met = ?, publishing_tools = ?"
                + " WHERE id = 1")) {
      ps.setString(1, committee.cadence().name());
      Sql.setInstant(ps, 2, committee.lastMet());
      ps.setString(3, String.join("\n", committee.publishingTools()));
      ps.executeUpdate();
    }
  }

  private void setting(String column, Object value, String action, String actor, Instant at) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE plan_settings SET " + column + " = ? WHERE id = 1")) {
            if (value instanceof Instant t) {
              Sql.setInstant(ps, 1, t);
            } else {
              ps.setString(1, (String) value);
            }
            ps.executeUpdate();
          }
          AuditLog.append(
              c, AuditEntry.of(at, actor, action, "committee", 0, null, String.valueOf(value)));
          return null;
        });
  }
}
