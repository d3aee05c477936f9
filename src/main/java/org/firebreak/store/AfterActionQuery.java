package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.firebreak.incident.Incident;
import org.firebreak.share.AfterActionData;
import org.firebreak.share.AfterActionData.Event;

/** Reads the after-action report's figures; the database does the counting. */
public final class AfterActionQuery {

  static final int MAX_NOTES = 500;
  static final int MAX_VOLUME_BUCKETS = 2000;

  private final Database db;
  private final H2IncidentRepository incidents;
  private final StatsQuery stats;

  public AfterActionQuery(Database db, H2IncidentRepository incidents, StatsQuery stats) {
    this.db = db;
    this.incidents = incidents;
    this.stats = stats;
  }

  /** Empty when no incident was ever declared. */
  public Optional<AfterActionData> load() {
    Optional<Incident> current = incidents.current();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Incident incident = current.get();
    var labels =
        stats
            .replyDebt(java.time.Instant.now())
            .labels(); // label totals do not depend on the instant
    return Optional.of(
        db.read(
            c -> {
              long total = single(c, "SELECT COUNT(*) FROM messages");
              long inbound = single(c, "SELECT COUNT(*) FROM messages WHERE direction = 'INBOUND'");
              Instant first = firstArrival(c).orElse(incident.declaredAt());
              Instant start =
                  floorTo10Minutes(
                      first.isBefore(incident.declaredAt()) ? first : incident.declaredAt());
              long[] volume = volume(c, start);
              long[] buckets = new long[AfterActionData.BUCKET_LIMITS_MINUTES.length + 1];
              long[] answered = responseTimes(c, buckets);
              return new AfterActionData(
                  incident,
                  timeline(c, incident),
                  start,
                  volume,
                  openMessages(c, start),
                  total,
                  inbound,
                  statements(c, incident.id()),
                  labels,
                  buckets,
                  answered[0],
                  answered[1],
                  notes(c));
            }));
  }

  static Instant floorTo10Minutes(Instant t) {
    long s = t.getEpochSecond();
    return Instant.ofEpochSecond(s - Math.floorMod(s, 600L));
  }

  private static Optional<Instant> firstArrival(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT MIN(received_at) AS t FROM messages");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return Optional.ofNullable(Sql.instant(rs, "t"));
    }
  }

  /** Every message in a 10-minute bucket from {@code start}; late stragglers share the last one. */
  private static long[] volume(Connection c, Instant start) throws SQLException {
    List<long[]> rows = new ArrayList<>();
    int max = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DATEDIFF('SECOND', ?, received_at) / 600 AS b, COUNT(*) FROM messages"
                + " GROUP BY b ORDER BY b")) {
      Sql.setInstant(ps, 1, start);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int b = (int) Math.max(0, Math.min(MAX_VOLUME_BUCKETS - 1, rs.getLong(1)));
          rows.add(new long[] {b, rs.getLong(2)});
          max = Math.max(max, b);
        }
      }
    }
    long[] out = new long[rows.isEmpty() ? 0 : max + 1];
    for (long[] r : rows) {
      out[(int) r[0]] += r[1];
    }
    return out;
  }

  /**
   * The reply-debt curve: inbound messages waiting for a reply at the end of each 10-minute bucket
   * from {@code start}. A message waits from its arrival to its first reply; one settled without a
   * reply (no reply needed, say) waits until its status was last set (or never waited, when it came
   * in settled); one still waiting counts to the end.
   */
  private static long[] openMessages(Connection c, Instant start) throws SQLException {
    long[] delta = new long[MAX_VOLUME_BUCKETS + 1];
    int last = -1;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DATEDIFF('SECOND', ?, m.received_at) / 600 AS arrived,"
                + " DATEDIFF('SECOND', ?, COALESCE((SELECT MIN(r.sent_at) FROM replies r"
                + " WHERE r.message_id = m.id), CASE WHEN m.status IN ("
                + AWAITING
                + ") THEN NULL ELSE COALESCE((SELECT MAX(a.at) FROM audit_log a WHERE a.entity"
                + " = 'message' AND a.entity_id = m.id AND a.action = 'status.set'),"
                + " m.received_at) END)) / 600"
                + " AS settled FROM messages m WHERE m.direction = 'INBOUND'")) {
      Sql.setInstant(ps, 1, start);
      Sql.setInstant(ps, 2, start);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int from = bucket(rs.getLong(1));
          long settled = rs.getLong(2);
          boolean done = !rs.wasNull();
          delta[from]++;
          last = Math.max(last, from);
          if (done) {
            int to = Math.max(from, bucket(settled));
            delta[to]--;
            last = Math.max(last, to);
          }
        }
      }
    }
    long[] open = new long[last + 1];
    long running = 0;
    for (int i = 0; i <= last; i++) {
      running += delta[i];
      open[i] = running;
    }
    return open;
  }

  private static int bucket(long b) {
    return (int) Math.max(0, Math.min(MAX_VOLUME_BUCKETS - 1, b));
  }

  /** Statuses in which a message still waits for a reply. */
  private static final String AWAITING =
      java.util.Arrays.stream(org.firebreak.queue.MessageStatus.values())
          .filter(org.firebreak.queue.MessageStatus::awaitsReply)
          .map(st -> "'" + st.name() + "'")
          .collect(java.util.stream.Collectors.joining(", "));

  /**
   * Fills the buckets with each answered message's time to its first reply; returns answered,
   * within 30.
   */
  private static long[] responseTimes(Connection c, long[] buckets) throws SQLException {
    long answered = 0;
    long within30 = 0;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT DATEDIFF('SECOND', m.received_at, MIN(r.sent_at)) FROM messages m"
                    + " JOIN replies r ON r.message_id = m.id WHERE m.direction = 'INBOUND'"
                    + " GROUP BY m.id, m.received_at");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long seconds = Math.max(0, rs.getLong(1));
        buckets[AfterActionData.bucketOf(seconds)]++;
        answered++;
        if (seconds < 30 * 60) {
          within30++;
        }
      }
    }
    return new long[] {answered, within30};
  }

  private static List<Event> timeline(Connection c, Incident incident) throws SQLException {
    List<Event> events = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT a.at, a.action, a.actor, s.title FROM audit_log a"
                    + " LEFT JOIN statements s ON a.entity = 'statement' AND s.id = a.entity_id"
                    + " WHERE a.action IN ('incident.declare', 'incident.firstResponse',"
                    + " 'incident.resolve', 'statement.approve', 'statement.publish')"
                    + " ORDER BY a.at, a.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        events.add(
            new Event(
                Sql.instant(rs, "at"),
                rs.getString("action"),
                rs.getString("title"),
                rs.getString("actor")));
      }
    }
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT posted_at, language FROM hub_updates WHERE published ORDER BY posted_at");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        events.add(
            new Event(Sql.instant(rs, "posted_at"), "hub.update", rs.getString("language"), null));
      }
    }
    addIfMissing(events, "incident.declare", incident.declaredAt());
    addIfMissing(events, "incident.firstResponse", incident.firstResponseAt());
    addIfMissing(events, "incident.resolve", incident.resolvedAt());
    if (incident.watchUntil() != null) {
      events.add(new Event(incident.watchUntil(), "incident.watchEnds", null, null));
    }
    events.sort(Comparator.comparing(Event::at));
    return events;
  }

  /** The incident row's own times stand in when the audit log lacks them (older databases). */
  private static void addIfMissing(List<Event> events, String kind, Instant at) {
    if (at != null && events.stream().noneMatch(e -> e.kind().equals(kind))) {
      events.add(new Event(at, kind, null, null));
    }
  }

  private static List<AfterActionData.StatementLine> statements(Connection c, long incidentId)
      throws SQLException {
    List<AfterActionData.StatementLine> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT title, kind, state, spokesperson, approver, published_at FROM statements"
                + " WHERE incident_id = ? ORDER BY created_at, id")) {
      ps.setLong(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AfterActionData.StatementLine(
                  rs.getString("title"),
                  rs.getString("kind"),
                  rs.getString("state"),
                  rs.getString("spokesperson"),
                  rs.getString("approver"),
                  Sql.instant(rs, "published_at")));
        }
      }
    }
    return out;
  }

  private static List<AfterActionData.Note> notes(Connection c) throws SQLException {
    List<AfterActionData.Note> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT created_at, author, text FROM notes ORDER BY created_at, id LIMIT ?")) {
      ps.setInt(1, MAX_NOTES);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AfterActionData.Note(
                  Sql.instant(rs, "created_at"), rs.getString("author"), rs.getString("text")));
        }
      }
    }
    return out;
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
