package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.LabelLink;
import org.firebreak.triage.TriageRuleException;

/** Each label's linked answer and response target. */
public final class LabelLinkStore {

  private final Database db;

  public LabelLinkStore(Database db) {
    this.db = db;
  }

  /** Every label's link, by label id (labels with nothing set are included, all parts null). */
  public Map<Long, LabelLink> all() {
    return db.read(
        c -> {
          Map<Long, LabelLink> out = new HashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT id, answer_kind, answer_id, target_minutes FROM labels");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              String kind = rs.getString(2);
              long answer = rs.getLong(3);
              boolean noAnswer = rs.wasNull();
              int target = rs.getInt(4);
              boolean noTarget = rs.wasNull();
              out.put(
                  rs.getLong(1),
                  new LabelLink(
                      rs.getLong(1),
                      kind == null ? null : LabelLink.AnswerKind.valueOf(kind),
                      noAnswer ? null : answer,
                      noTarget ? null : target));
            }
          }
          return out;
        });
  }

  public void set(LabelLink link, String actor, Instant at) {
    db.write(
        c -> {
          String before;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT answer_kind, answer_id, target_minutes FROM labels WHERE id = ?")) {
            ps.setLong(1, link.labelId());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw new TriageRuleException(
                    "The label no longer exists (it may have just been deleted).", "label");
              }
              before = rs.getString(1) + " " + rs.getString(2) + ", target " + rs.getString(3);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE labels SET answer_kind = ?, answer_id = ?, target_minutes = ? WHERE id = ?")) {
            ps.setString(1, link.hasAnswer() ? link.answerKind().name() : null);
            ps.setObject(2, link.hasAnswer() ? link.answerId() : null);
            ps.setObject(3, link.targetMinutes());
            ps.setLong(4, link.labelId());
            ps.executeUpdate();
          }
          AuditLog.append(
              c,
              AuditEntry.of(
                  at,
                  actor,
                  "label.link",
                  "label",
                  link.labelId(),
                  before,
                  link.answerKind() + " " + link.answerId() + ", target " + link.targetMinutes()));
          return null;
        });
  }
}
