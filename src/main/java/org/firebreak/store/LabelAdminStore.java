package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.Label;
import org.firebreak.triage.LabelRule;
import org.firebreak.triage.TriageRuleException;

/** Creating, changing and deleting labels and their rules; every change audited with it. */
public final class LabelAdminStore {

  private static final int SCAN_BATCH = 5_000;
  private final Database db;

  public LabelAdminStore(Database db) {
    this.db = db;
  }

  public Label create(Label label, String actor, Instant at) {
    return db.write(
        c -> {
          refuseClash(c, 0, label);
          long id = LabelStore.insert(c, label);
          AuditLog.append(
              c, AuditEntry.of(at, actor, "label.create", "label", id, null, label.name()));
          return new Label(id, label.name(), label.colour(), label.description(), label.hotkey());
        });
  }

  /**
   * Adds each label that does not exist yet (by name, ignoring case); keeps the rest as they are.
   */
  public void ensureLabels(List<Label> starter, String actor, Instant at) {
    db.write(
        c -> {
          ensure(c, starter, actor, at);
          return null;
        });
  }

  static void ensure(Connection c, List<Label> starter, String actor, Instant at)
      throws SQLException {
    for (Label l : starter) {
      boolean exists;
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM labels WHERE name_key = ?")) {
        ps.setString(1, l.name().toLowerCase(Locale.ROOT));
        try (ResultSet rs = ps.executeQuery()) {
          exists = rs.next();
        }
      }
      if (!exists) {
        Integer key = l.hotkey();
        if (key != null) {
          try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM labels WHERE hotkey = ?")) {
            ps.setInt(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              key = rs.next() ? null : key;
            }
          }
        }
        long id = LabelStore.insert(c, new Label(0, l.name(), l.colour(), l.description(), key));
        AuditLog.append(c, AuditEntry.of(at, actor, "label.create", "label", id, null, l.name()));
      }
    }
  }

  public void update(Label label, String actor, Instant at) {
    db.write(
        c -> {
          Label before = find(c, label.id());
          refuseClash(c, label.id(), label);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE labels SET name = ?, name_key = ?, colour = ?, description = ?, hotkey = ? WHERE id = ?")) {
            ps.setString(1, label.name());
            ps.setString(2, label.name().toLowerCase(Locale.ROOT));
            ps.setString(3, label.colour());
            ps.setString(4, label.description());
            ps.setObject(5, label.hotkey());
            ps.setLong(6, label.id());
            ps.executeUpdate();
          }
          AuditLog.append(
              c,
              AuditEntry.of(
                  at,
                  actor,
                  "label.update",
                  "label",
                  label.id(),
                  describe(before),
                  describe(label)));
          return null;
        });
  }

  /**
   * Deletes a label; its messages move to {@code moveTo} (or keep no label for it). Returns how
   * many moved.
   */
  public int delete(long labelId, Long moveTo, String actor, Instant at) {
    return db.write(
        c -> {
          Label before = find(c, labelId);
          int moved = 0;
          if (moveTo != null) {
            Label target = find(c, moveTo);
            try (PreparedStatement ps =
                c.prepareStatement(
                    "MERGE INTO message_labels (message_id, label_id) KEY (message_id, label_id)"
                        + " SELECT message_id, ? FROM message_labels WHERE label_id = ?")) {
              ps.setLong(1, target.id());
              ps.setLong(2, labelId);
              moved = ps.executeUpdate();
            }
          }
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM labels WHERE id = ?")) {
            ps.setLong(1, labelId);
            ps.executeUpdate();
          }
          // a tombstone, so that merging a copy that still holds the label deletes it there too
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO label_tombstones (name_key, deleted_at, deleted_by) KEY (name_key)"
                      + " VALUES (?, ?, ?)")) {
            ps.setString(1, before.name().toLowerCase(Locale.ROOT));
            Sql.setInstant(ps, 2, at);
            ps.setString(3, actor);
            ps.executeUpdate();
          }
          AuditLog.append(
              c,
              AuditEntry.of(
                  at,
                  actor,
                  "label.delete",
                  "label",
                  labelId,
                  describe(before),
                  moveTo == null ? "messages keep no label for it" : "moved to label " + moveTo));
          return moved;
        });
  }

  public LabelRule addRule(LabelRule rule, String actor, Instant at) {
    return db.write(
        c -> {
          find(c, rule.labelId());
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO label_rules (label_id, kind, rule_value, created_at) VALUES (?, ?, ?, ?)",
                  new String[] {"id"})) {
            ps.setLong(1, rule.labelId());
            ps.setString(2, rule.kind().name());
            ps.setString(3, rule.value());
            Sql.setInstant(ps, 4, at);
            ps.executeUpdate();
            id = Sql.generatedId(ps);
          }
          AuditLog.append(
              c,
              AuditEntry.of(
                  at,
                  actor,
                  "rule.add",
                  "label",
                  rule.labelId(),
                  null,
                  rule.kind() + " " + rule.value()));
          return new LabelRule(id, rule.labelId(), rule.kind(), rule.value());
        });
  }

  public List<LabelRule> rules() {
    return db.read(
        c -> {
          List<LabelRule> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement("SELECT * FROM label_rules ORDER BY id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new LabelRule(
                      rs.getLong("id"),
                      rs.getLong("label_id"),
                      LabelRule.Kind.valueOf(rs.getString("kind")),
                      rs.getString("rule_value")));
            }
          }
          return out;
        });
  }

  /**
   * Every stored inbound message that does not carry the label yet, whole, in batches by id: for
   * applying a rule to what is stored.
   */
  public void scanWithout(long labelId, Consumer<List<org.firebreak.queue.Message>> batches) {
    long after = 0;
    while (true) {
      long from = after;
      List<org.firebreak.queue.Message> batch =
          db.read(
              c -> {
                List<org.firebreak.queue.Message> rows = new ArrayList<>();
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT * FROM messages m WHERE id > ? AND direction = 'INBOUND' AND NOT EXISTS"
                            + " (SELECT 1 FROM message_labels ml WHERE ml.message_id = m.id AND ml.label_id = ?) ORDER BY id LIMIT "
                            + SCAN_BATCH)) {
                  ps.setLong(1, from);
                  ps.setLong(2, labelId);
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      rows.add(MessageStore.map(rs, List.of()));
                    }
                  }
                }
                return rows;
              });
      if (batch.isEmpty()) {
        return;
      }
      batches.accept(batch);
      after = batch.get(batch.size() - 1).id();
    }
  }

  /**
   * Puts the "needs reply" label on newly arrived messages that wait for an answer, in one
   * statement: arrival is not a triage change, so it writes no audit rows. Intake runs it in the
   * transaction that stores the batch, so a committed batch always carries its labels (and costs
   * one commit, not two).
   */
  static void labelWaiting(Connection c, long[] ids) throws SQLException {
    if (ids.length == 0) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO message_labels (message_id, label_id) KEY (message_id, label_id)"
                + " SELECT m.id, l.id FROM messages m JOIN labels l ON l.name_key = 'needs reply'"
                + " WHERE m.id = ANY(?) AND m.direction = 'INBOUND' AND m.status IN ('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')")) {
      ps.setArray(1, c.createArrayOf("BIGINT", java.util.Arrays.stream(ids).boxed().toArray()));
      ps.executeUpdate();
    }
  }

  /** The messages with these ids, whole. */
  public List<org.firebreak.queue.Message> load(long[] ids) {
    return db.read(
        c -> {
          List<org.firebreak.queue.Message> rows = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT * FROM messages WHERE id = ANY(?)")) {
            ps.setArray(
                1, c.createArrayOf("BIGINT", java.util.Arrays.stream(ids).boxed().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                rows.add(MessageStore.map(rs, List.of()));
              }
            }
          }
          return rows;
        });
  }

  private static void refuseClash(Connection c, long selfId, Label label) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT name FROM labels WHERE name_key = ? AND id <> ?")) {
      ps.setString(1, label.name().toLowerCase(Locale.ROOT));
      ps.setLong(2, selfId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          throw new TriageRuleException(
              "There is already a label called \""
                  + rs.getString(1)
                  + "\" (names are compared without case).",
              "name");
        }
      }
    }
    if (label.hotkey() != null) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT name FROM labels WHERE hotkey = ? AND id <> ?")) {
        ps.setInt(1, label.hotkey());
        ps.setLong(2, selfId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new TriageRuleException(
                "Key " + label.hotkey() + " already toggles \"" + rs.getString(1) + "\".",
                "hotkey");
          }
        }
      }
    }
  }

  private static Label find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM labels WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new TriageRuleException(
              "The label no longer exists (it may have just been deleted).", "label");
        }
        int hotkey = rs.getInt("hotkey");
        return new Label(
            id,
            rs.getString("name"),
            rs.getString("colour"),
            rs.getString("description"),
            rs.wasNull() ? null : hotkey);
      }
    }
  }

  private static String describe(Label l) {
    return l.name()
        + " "
        + l.colour()
        + (l.hotkey() == null ? "" : " key " + l.hotkey())
        + (l.description() == null ? "" : " | " + l.description());
  }
}
