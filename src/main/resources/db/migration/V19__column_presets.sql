-- Firebreak schema 19: CSV column presets the team saved from File > Import, beside the built-in
-- generic, brandwatch and talkwalker ones. A preset lives in the incident database, like saved
-- views and saved replies, so the console and `firebreak import --preset NAME --db ...` see the
-- same ones (ADR 0022).
CREATE TABLE column_presets (
  name        VARCHAR(40)   NOT NULL,
  name_key    VARCHAR(40)   NOT NULL,
  definition  VARCHAR(4000) NOT NULL,
  created_by  VARCHAR(200)  NOT NULL,
  created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_column_presets PRIMARY KEY (name_key)
);
