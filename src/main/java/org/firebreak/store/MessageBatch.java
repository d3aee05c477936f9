package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * New messages of a merge, inserted in JDBC batches. A message whose key is already waiting in the
 * batch is inserted on its own (and refused by the unique key), so a file that names a message
 * twice fails as it would without batching.
 */
final class MessageBatch {

  static final int SIZE = 1000;

  private final MergeSql sql;
  private final MergeTally tally;
  private final Set<String> keys = new HashSet<>();
  private final List<String> texts = new ArrayList<>();
  private List<String> columns;
  private PreparedStatement insert;
  private int pending;

  MessageBatch(MergeSql sql, MergeTally tally) {
    this.sql = sql;
    this.tally = tally;
  }

  /** Whether a message with this row's key waits in the batch. */
  boolean holds(Map<String, Object> row) {
    return keys.contains(key(row));
  }

  void add(Map<String, Object> row) throws SQLException {
    List<String> cols = sql.columnsOf("messages", row);
    if (!cols.equals(columns) || holds(row)) {
      flush();
      columns = cols;
      insert = sql.prepare(MergeSql.insertSql("messages", cols));
    }
    sql.bind(insert, "messages", cols, row);
    insert.addBatch();
    keys.add(key(row));
    texts.add(String.valueOf(row.get("text")));
    tally.added("messages");
    if (++pending >= SIZE) {
      flush();
    }
  }

  void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      // the new messages' words go into the search index in the same transaction (ADR 0013)
      try (ResultSet ids = insert.getGeneratedKeys();
          PreparedStatement terms = sql.connection().prepareStatement(MessageTerms.INSERT)) {
        for (int i = 0; ids.next() && i < texts.size(); i++) {
          MessageTerms.add(terms, ids.getLong(1), texts.get(i));
        }
        terms.executeBatch();
      }
      pending = 0;
      keys.clear();
      texts.clear();
    }
  }

  private static String key(Map<String, Object> row) {
    return row.get("platform") + "\n" + row.get("external_id");
  }
}
