package org.firebreak.triage;

/**
 * How a long bulk action reports how far it got, and learns that the person cancelled it. A
 * cancelled action changes nothing: its one transaction is rolled back.
 */
public interface BulkProgress {

  BulkProgress NONE =
      new BulkProgress() {
        @Override
        public void done(long messages, long total) {}

        @Override
        public boolean cancelled() {
          return false;
        }
      };

  void done(long messages, long total);

  boolean cancelled();
}
