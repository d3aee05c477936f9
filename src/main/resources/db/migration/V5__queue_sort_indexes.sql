-- Firebreak schema 5: every column the queue sorts by has an index, so a sort at a million
-- messages reads one window instead of sorting the table.
CREATE INDEX ix_messages_priority ON messages (priority DESC, id DESC);
CREATE INDEX ix_messages_reach ON messages (author_reach DESC, id DESC);
CREATE INDEX ix_messages_sentiment ON messages (sentiment, id);
CREATE INDEX ix_messages_platform_received ON messages (platform, received_at DESC);
