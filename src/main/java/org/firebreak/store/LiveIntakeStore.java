package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * What the live intake sources remember: webhook delivery ids already accepted, watched-folder
 * files already imported, and the pause intake moment. None of it travels in a session file.
 */
public final class LiveIntakeStore {

  private final Database db;

  public LiveIntakeStore(Database db) {
    this.db = db;
  }

  /** Whether a webhook delivery with this id was already accepted. */
  public boolean deliverySeen(String deliveryId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT 1 FROM webhook_deliveries WHERE delivery_id = ?")) {
            ps.setString(1, deliveryId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  /**
   * Records an accepted delivery and forgets those accepted before {@code forgetBefore} (their
   * timestamps are refused as stale anyway).
   */
  public void recordDelivery(String deliveryId, Instant at, Instant forgetBefore) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO webhook_deliveries (delivery_id, accepted_at) KEY (delivery_id)"
                      + " VALUES (?, ?)")) {
            ps.setString(1, deliveryId);
            Sql.setInstant(ps, 2, at);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM webhook_deliveries WHERE accepted_at < ?")) {
            Sql.setInstant(ps, 1, forgetBefore);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Whether a file with this content and name was already taken in from the watched folder. */
  public boolean fileSeen(String sha256, String fileName) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM watched_files WHERE sha256 = ? AND file_name = ?")) {
            ps.setString(1, sha256);
            ps.setString(2, fileName);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  public void recordFile(String sha256, String fileName, Instant at, String outcome) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO watched_files (sha256, file_name, imported_at, outcome)"
                      + " KEY (sha256, file_name) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, sha256);
            ps.setString(2, fileName);
            Sql.setInstant(ps, 3, at);
            ps.setString(4, outcome);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** The moment intake was paused, or empty when it is not. */
  public Optional<Instant> pausedAt() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT paused_at FROM intake_pause WHERE id = 1");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(Sql.instant(rs, "paused_at")) : Optional.empty();
          }
        });
  }

  /** Pauses at {@code at}; pausing again keeps the first moment. */
  public Instant pause(Instant at) {
    return db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO intake_pause (id, paused_at) SELECT 1, ? FROM DUAL"
                      + " WHERE NOT EXISTS (SELECT 1 FROM intake_pause)")) {
            Sql.setInstant(ps, 1, at);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT paused_at FROM intake_pause WHERE id = 1");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Sql.instant(rs, "paused_at");
          }
        });
  }

  public void release() {
    db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM intake_pause")) {
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Messages stored after {@code pausedAt}: held out of the queue while paused. */
  public long heldSince(Instant pausedAt) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM messages WHERE received_at > ?")) {
            Sql.setInstant(ps, 1, pausedAt);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
