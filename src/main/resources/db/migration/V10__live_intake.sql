-- Firebreak schema 10: live intake (local webhook, watched folder, pause).
-- Webhook delivery ids already accepted, so a replay is refused even after a restart. Only ids
-- younger than the accepted timestamp window (5 minutes each way) matter; older rows are pruned.
CREATE TABLE webhook_deliveries (
  delivery_id  VARCHAR(200) PRIMARY KEY,
  accepted_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_webhook_deliveries_accepted ON webhook_deliveries (accepted_at);

-- Files from the watched folder already imported, by content hash and name: a re-drop of the same
-- file is moved aside without being imported twice.
CREATE TABLE watched_files (
  sha256       VARCHAR(64)  NOT NULL,
  file_name    VARCHAR(500) NOT NULL,
  imported_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  outcome      VARCHAR(16)  NOT NULL,
  CONSTRAINT pk_watched_files PRIMARY KEY (sha256, file_name)
);

-- The pause intake switch: while a row is here, arrivals stored after paused_at are held out of the
-- queue. One row at most.
CREATE TABLE intake_pause (
  id         INT PRIMARY KEY,
  paused_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  CONSTRAINT ck_intake_pause_one CHECK (id = 1)
);
