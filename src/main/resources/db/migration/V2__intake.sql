-- Firebreak schema 2: what intake learns about each message.
-- cluster_key groups near-duplicates (retweets, copy-pasted complaints) so a cluster is answered once;
-- flags lists what intake had to guess or repair (TIME_AMBIGUOUS, INVALID_UTF8, NO_TIME, ...).
ALTER TABLE messages ADD COLUMN cluster_key VARCHAR(64);
ALTER TABLE messages ADD COLUMN flags VARCHAR(200);
CREATE INDEX ix_messages_cluster ON messages (cluster_key);
