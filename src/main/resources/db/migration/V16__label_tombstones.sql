-- Firebreak schema 16: a label deleted on one copy of an incident is deleted by a merge too. A
-- tombstone keeps the deleted label's key and when it was deleted; the session file carries it.
CREATE TABLE label_tombstones (
  name_key    VARCHAR(80)  PRIMARY KEY,
  deleted_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  deleted_by  VARCHAR(200) NOT NULL
);
