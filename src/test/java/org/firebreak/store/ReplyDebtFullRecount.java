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

  /**
   * A label's replies since a time: to the messages carrying it, or all of them for "needs reply",
   * which an answer takes off.
   */
  private static final String ANSWERED =
      " CASE WHEN l.name_key = 'needs reply' THEN (SELECT COUNT(*) FROM replies r WHERE r.sent_at >= ?)"
          + " ELSE (SELECT COUNT(*) FROM replies r JOIN message_labels x ON x.message_id = r.message_id"
          + "   WHERE x.label_id = l.id AND r.sent_at >= ?) END";

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
                      + ANSWERED
                      + ","
                      + ANSWERED
                      + ","
                      + " MIN(CASE WHEN m.status IN "
                      + AWAITING
                      + " THEN m.received_at END) AS oldest"
                      + " FROM labels l LEFT JOIN message_labels ml ON ml.label_id = l.id"
                      + " LEFT JOIN messages m ON m.id = ml.message_id AND m.direction = 'INBOUND'"
                      + " GROUP BY l.id, l.name, l.name_key, l.colour, l.hotkey ORDER BY 4 DESC, COALESCE(l.hotkey, 99), l.name")) {
            Sql.setInstant(ps, 1, since15);
            Sql.setInstant(ps, 2, since15);
            Sql.setInstant(ps, 3, since60);
            Sql.setInstant(ps, 4, since60);
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
   * Open messages at 10, 20, … 120 minutes before the start of {@code now}'s minute (arrived before
   * then, not answered before then) and at {@code now} (arrived by now, not answered by now). A
   * message now marked "no reply needed" never counts as open.
   */
  private static List<ReplyDebt.BurnPoint> burnDown(Connection c, Instant now) throws SQLException {
    long minute = Math.floorDiv(now.toEpochMilli(), 60_000L);
    List<ReplyDebt.BurnPoint> points = new ArrayList<>();
    String from =
        " FROM (SELECT m.received_at, (SELECT MIN(r.sent_at) FROM replies r WHERE r.message_id = m.id)"
            + " AS first_reply FROM messages m WHERE m.direction = 'INBOUND'"
            + " AND m.status <> 'NO_REPLY_NEEDED')";
    try (PreparedStatement before =
            c.prepareStatement(
                "SELECT COUNT(CASE WHEN received_at < ? AND (first_reply IS NULL OR first_reply >= ?)"
                    + " THEN 1 END)"
                    + from);
        PreparedStatement by =
            c.prepareStatement(
                "SELECT COUNT(CASE WHEN received_at <= ? AND (first_reply IS NULL OR first_reply > ?)"
                    + " THEN 1 END)"
                    + from)) {
      for (int step = 12; step >= 1; step--) {
        Instant t = Instant.ofEpochMilli((minute - step * 10L) * 60_000L);
        Sql.setInstant(before, 1, t);
        Sql.setInstant(before, 2, t);
        points.add(new ReplyDebt.BurnPoint(t, single(before)));
      }
      Sql.setInstant(by, 1, now);
      Sql.setInstant(by, 2, now);
      points.add(new ReplyDebt.BurnPoint(now, single(by)));
    }
    return points;
  }

  private static long single(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
