package org.firebreak.store.migration;

import org.firebreak.store.ReplyDebtCounters;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 20: the reply-debt counters (ADR 18), kept by triggers, filled from what a database from
 * before them holds.
 */
public final class V20__ReplyDebtCounters extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    ReplyDebtCounters.install(context.getConnection());
  }
}
