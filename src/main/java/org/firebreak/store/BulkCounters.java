package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Filling a new database in bulk (ADR 0030): the reply-debt counters' triggers are dropped before
 * the load and the counters are counted once after it, in one set-wise pass, instead of a trigger
 * call and a counter write for every message, label and reply. Only for a database being created
 * under a temporary name: it is moved into place once whole, or deleted, so no database in use is
 * ever without its triggers.
 */
final class BulkCounters {

  private final List<String> creates = new ArrayList<>();

  private BulkCounters() {}

  /** Drops every trigger that calls {@link ReplyDebtTrigger}; remembers how to create them. */
  static BulkCounters suspend(Connection c) throws SQLException {
    BulkCounters out = new BulkCounters();
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = 'PUBLIC' AND JAVA_CLASS = ?")) {
      ps.setString(1, ReplyDebtTrigger.class.getName());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    // H2's own script of the schema holds each trigger's definition exactly as it was made
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
      while (rs.next()) {
        String line = rs.getString(1);
        for (String name : names) {
          if (line.startsWith("CREATE FORCE TRIGGER ")
              && line.contains("\"" + name + "\"")
              && line.contains(ReplyDebtTrigger.class.getName())) {
            out.creates.add(line);
          }
        }
      }
    }
    if (out.creates.size() != names.size()) {
      throw new SQLException(
          "Could not read the definitions of the reply-debt triggers "
              + names
              + " to suspend them");
    }
    try (Statement s = c.createStatement()) {
      for (String name : names) {
        s.execute("DROP TRIGGER \"" + name.replace("\"", "\"\"") + "\"");
      }
    }
    return out;
  }

  /** Counts the counters from what was loaded, then creates the triggers again. */
  void resume(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM reply_debt_counts");
      s.execute(
          "INSERT INTO reply_debt_counts (kind, label_id, at_minute, n) "
              + ReplyDebtCounters.RECOUNT);
      for (String create : creates) {
        s.execute(create);
      }
    }
    creates.clear();
  }
}
