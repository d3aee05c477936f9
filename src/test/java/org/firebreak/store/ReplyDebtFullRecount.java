package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.stats.LabelDebt;
import org.firebreak.stats.ReplyDebt;

/** Reply debt as it was computed before the counters: a full pass over every message. */
final class ReplyDebtFullRecount {

  private ReplyDebtFullRecount() {}

  private static final String AWAITING = "('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')";

  /** Reply debt at {@code now}: per label and overall, with a burn-down of the last two hours. */
  static ReplyDebt replyDebt(Database db, Instant now) {
    Instant since15 = now.minusSeconds(15 * 60);
    Instant since60 = now.minusSeconds(60 * 60);
    return db.read(
        c -> {
          List<LabelDebt> labels = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT l.name, l.colour, COUNT(m.id),"
                      + " COUNT(CASE WHEN m.status IN "
                      + AWAITING
                      + " THEN 1 END),"
                      + " (SELECT COUNT(*) FROM replies r JOIN message_labels x ON x.message_id = r.message_id"
                      + "   WHERE x.label_id = l.id AND r.sent_at >= ?),"
                      + " (SELECT COUNT(*) FROM replies r JOIN message_labels x ON x.message_id = r.message_id"
                      + "   WHERE x.label_id = l.id AND r.sent_at >= ?),"
                      + " MIN(CASE WHEN m.status IN "
                      + AWAITING
                      + " THEN m.received_at END) AS oldest"
                      + " FROM labels l LEFT JOIN message_labels ml ON ml.label_id = l.id"
                      + " LEFT JOIN messages m ON m.id = ml.message_id AND m.direction = 'INBOUND'"
                      + " GROUP BY l.id, l.name, l.colour, l.hotkey ORDER BY 4 DESC, COALESCE(l.hotkey, 99), l.name")) {
            Sql.setInstant(ps, 1, since15);
            Sql.setInstant(ps, 2, since60);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                labels.add(
                    new LabelDebt(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        Sql.instant(rs, "oldest")));
              }
            }
          }
          long awaiting =
              single(
                  c,
                  "SELECT COUNT(*) FROM messages WHERE direction = 'INBOUND' AND status IN "
                      + AWAITING);
          Instant oldest;
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT MIN(received_at) AS oldest FROM messages WHERE direction = 'INBOUND' AND status IN "
                          + AWAITING);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            oldest = Sql.instant(rs, "oldest");
          }
          long replied15 = since(c, since15);
          long replied60 = since(c, since60);
          return new ReplyDebt(
              now, awaiting, replied15, replied60, oldest, labels, burnDown(c, now));
        });
  }

  private static long since(Connection c, Instant from) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM replies WHERE sent_at >= ?")) {
      Sql.setInstant(ps, 1, from);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Open messages every 10 minutes over the last two hours: received by then, not answered by then.
   * A message now marked "no reply needed" never counts as open.
   */
  private static List<ReplyDebt.BurnPoint> burnDown(Connection c, Instant now) throws SQLException {
    // one pass over the messages for all 13 points (not one pass per point): each message is open
    // at t when it had arrived by t and had no reply by t
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int step = 12; step >= 0; step--) {
      sql.append(step < 12 ? ", " : "")
          .append("COUNT(CASE WHEN received_at <= ? AND (first_reply IS NULL OR first_reply > ?)")
          .append(" THEN 1 END)");
    }
    sql.append(
        " FROM (SELECT m.received_at, (SELECT MIN(r.sent_at) FROM replies r WHERE r.message_id = m.id)"
            + " AS first_reply FROM messages m WHERE m.direction = 'INBOUND'"
            + " AND m.status <> 'NO_REPLY_NEEDED' AND m.received_at <= ?)");
    List<ReplyDebt.BurnPoint> points = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      for (int step = 12; step >= 0; step--) {
        Instant t = now.minusSeconds(step * 600L);
        Sql.setInstant(ps, i++, t);
        Sql.setInstant(ps, i++, t);
      }
      Sql.setInstant(ps, i, now);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        for (int step = 12, col = 1; step >= 0; step--, col++) {
          points.add(new ReplyDebt.BurnPoint(now.minusSeconds(step * 600L), rs.getLong(col)));
        }
      }
    }
    return points;
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
