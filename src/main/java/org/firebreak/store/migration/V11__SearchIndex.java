package org.firebreak.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.firebreak.store.MessageTerms;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 11: the full-text search index (ADR 0013), and the words of every message already stored,
 * so an incident database from before it finds what it holds.
 */
public final class V11__SearchIndex extends BaseJavaMigration {

  private static final int CHUNK = 5000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      // (term, message_id) is both the posting list of a word and the probe "has message m word w";
      // no second index: removing a message recomputes its words and deletes by this key
      s.execute(
          "CREATE TABLE message_terms (term VARCHAR(64) NOT NULL, message_id BIGINT NOT NULL,"
              + " PRIMARY KEY (term, message_id))");
    }
    long after = 0;
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT id, text FROM messages WHERE id > ? ORDER BY id LIMIT " + CHUNK);
        PreparedStatement write = c.prepareStatement(MessageTerms.INSERT)) {
      while (true) {
        read.setLong(1, after);
        int n = 0;
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            after = rs.getLong(1);
            MessageTerms.add(write, after, rs.getString(2));
            n++;
          }
        }
        write.executeBatch();
        if (n < CHUNK) {
          return;
        }
      }
    }
  }
}
