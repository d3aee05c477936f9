-- Firebreak schema 14: a drill keeps what its debrief and a comparison of runs need. The scenario
-- as it was played (so a debrief can be written later from the training database alone), a name
-- for the team or attempt, and the latest score with its parts.
ALTER TABLE drill_runs ADD COLUMN scenario_json CHARACTER LARGE OBJECT;
ALTER TABLE drill_runs ADD COLUMN team VARCHAR(200);
ALTER TABLE drill_runs ADD COLUMN scored_at TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE drill_runs ADD COLUMN score_total INT;

CREATE TABLE drill_score_parts (
  run_id   BIGINT        NOT NULL REFERENCES drill_runs (id),
  part_id  VARCHAR(40)   NOT NULL,
  position INT           NOT NULL,
  weight   INT           NOT NULL,
  points   DOUBLE PRECISION NOT NULL,
  detail   VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_drill_score_parts PRIMARY KEY (run_id, part_id)
);
