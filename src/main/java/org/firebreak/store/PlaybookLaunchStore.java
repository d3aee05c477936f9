package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import org.firebreak.incident.Incident;
import org.firebreak.plan.Playbook;
import org.firebreak.plan.PlaybookLaunch;
import org.firebreak.statements.StatementKind;
import org.firebreak.statements.StatementTransaction;
import org.firebreak.triage.AuditEntry;

/**
 * Stores a declaration from a playbook in one transaction, forced to disk: the incident is there
 * with its labels, rules, holding statement drafts, hub content and checklist, or none of it is.
 */
public final class PlaybookLaunchStore {

  private final Database db;

  public PlaybookLaunchStore(Database db) {
    this.db = db;
  }

  public Incident launch(PlaybookLaunch launch) {
    Incident incident = launch.declaration().incident();
    AuditEntry declared = launch.declaration().audit();
    Instant at = declared.at();
    String actor = launch.actor();
    return db.writeDurably(
        c -> {
          long id = H2IncidentRepository.insertRow(c, incident);
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE incidents SET playbook = ?, severity = ? WHERE id = ?")) {
            ps.setString(1, launch.playbook());
            ps.setString(2, launch.severity());
            ps.setLong(3, id);
            ps.executeUpdate();
          }
          AuditLog.append(c, declared.forEntity(id));
          LabelAdminStore.ensure(c, launch.labels(), actor, at);
          for (Playbook.PlaybookRule rule : launch.rules()) {
            rule(c, rule, actor, at);
          }
          drafts(c, id, launch, at);
          hub(c, launch.language(), launch.hub(), at);
          ChecklistStore.insert(c, id, launch.checklist());
          return incident.withId(id);
        });
  }

  private static void rule(Connection c, Playbook.PlaybookRule rule, String actor, Instant at)
      throws SQLException {
    Long label =
        id(c, "SELECT id FROM labels WHERE name_key = ?", rule.label().toLowerCase(Locale.ROOT));
    if (label == null
        || id(
                c,
                "SELECT id FROM label_rules WHERE label_id = ? AND kind = ? AND rule_value = ?",
                label,
                rule.kind().name(),
                rule.value())
            != null) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO label_rules (label_id, kind, rule_value, created_at) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, label);
      ps.setString(2, rule.kind().name());
      ps.setString(3, rule.value());
      Sql.setInstant(ps, 4, at);
      ps.executeUpdate();
    }
    AuditLog.append(
        c,
        AuditEntry.of(
            at, actor, "rule.add", "label", label, null, rule.kind() + " " + rule.value()));
  }

  private static void drafts(Connection c, long incidentId, PlaybookLaunch launch, Instant at)
      throws SQLException {
    H2StatementTransaction tx = new H2StatementTransaction(c);
    try {
      for (Playbook.HoldingStatement draft : launch.drafts()) {
        long sid =
            tx.insertDraft(
                new StatementTransaction.NewDraft(
                    incidentId,
                    StatementKind.HOLDING,
                    draft.title(),
                    null,
                    draft.text(),
                    launch.actor()),
                null,
                at);
        tx.audit(
            AuditEntry.of(
                at,
                launch.actor(),
                "statement.create",
                "statement",
                sid,
                null,
                "HOLDING: " + draft.title() + " (playbook " + launch.playbook() + ")"));
      }
    } catch (H2StatementTransaction.Failure f) {
      throw f.getCause();
    }
  }

  /** The hub's starting content, without repeating what is already prepared there. */
  private static void hub(Connection c, String lang, Playbook.HubTemplate hub, Instant at)
      throws SQLException {
    if (hub.isEmpty()) {
      return;
    }
    if (!hub.title().isBlank()
        && !hub.summary().isBlank()
        && id(c, "SELECT 1 FROM hub_summaries WHERE language = ?", lang) == null) {
      exec(
          c,
          "INSERT INTO hub_summaries (language, title, text, updated_at) VALUES (?, ?, ?, ?)",
          lang,
          hub.title(),
          hub.summary(),
          at);
    }
    for (Playbook.Faq f : hub.faq()) {
      if (id(c, "SELECT id FROM hub_faq WHERE language = ? AND question = ?", lang, f.question())
          == null) {
        exec(
            c,
            "INSERT INTO hub_faq (language, position, question, answer) VALUES (?, "
                + "(SELECT COALESCE(MAX(position), 0) + 1 FROM hub_faq WHERE language = ?), ?, ?)",
            lang,
            lang,
            f.question(),
            f.answer());
      }
    }
    for (String step : hub.steps()) {
      if (id(
              c,
              "SELECT id FROM hub_steps WHERE language = ? AND CAST(text AS VARCHAR) = ?",
              lang,
              step)
          == null) {
        exec(
            c,
            "INSERT INTO hub_steps (language, position, text) VALUES (?, "
                + "(SELECT COALESCE(MAX(position), 0) + 1 FROM hub_steps WHERE language = ?), ?)",
            lang,
            lang,
            step);
      }
    }
  }

  private static Long id(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static void exec(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Instant t) {
        Sql.setInstant(ps, i + 1, t);
      } else {
        ps.setObject(i + 1, args[i]);
      }
    }
  }
}
