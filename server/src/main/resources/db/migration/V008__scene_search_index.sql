-- Item search filters by footprint and time together. A GiST index over the footprint and the
-- scene's time range (btree_gist and range types; the expression matches SceneSearchDao's
-- predicate exactly) finds the scenes in a small box and a time window without scanning either
-- alone. Measured over 1,000,000 scenes with scripts/bench-ingest (README, "Imagery metadata").
CREATE INDEX scene_footprint_time_gix ON scene USING gist (
  footprint, tstzrange(coalesce(start_at, acquired_at), coalesce(end_at, acquired_at), '[]'));

-- The footprint-only index is redundant now: a multi-column GiST serves conditions on its first
-- column alone (coverage queries use it), and every index costs ingest time.
DROP INDEX scene_footprint_gix;
