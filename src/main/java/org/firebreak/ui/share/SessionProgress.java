package org.firebreak.ui.share;

import java.util.concurrent.atomic.AtomicLong;
import org.firebreak.share.session.SessionExporter;

/** Counters a session export, open or merge sets from its worker, and the cancel it reads. */
final class SessionProgress implements SessionExporter.Progress {

  final AtomicLong done = new AtomicLong();
  final AtomicLong total = new AtomicLong();
  private volatile boolean cancel;

  @Override
  public void rows(long doneRows, long totalRows) {
    done.set(doneRows);
    total.set(totalRows);
  }

  @Override
  public boolean cancelled() {
    return cancel;
  }

  void cancel() {
    cancel = true;
  }
}
