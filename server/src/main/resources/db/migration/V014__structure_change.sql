-- Structure change (issue 11): what analysts see at one facility in one scene (observations, with the
-- structures drawn and the areas that could not be assessed), the analysts' corrections of structure
-- identity (overrides), and what is derived from them: structures followed across scenes with their
-- per-scene states, and change events bracketed by scene dates.
--
-- Evidence (observation, observed_structure, unassessable_area, structure_override) follows the
-- registry's rules: audited per row, history kept in record_version, soft deletes with a reason.
-- Derived rows (tracked_structure, change_event) are recomputed from the evidence of one facility
-- whenever it changes (StructureRecomputation): rows still derived are updated in place, rows no
-- longer derived are marked superseded (superseded_at), never deleted, so a change event someone
-- linked to stays resolvable. They are not audited row by row: the evidence writes that cause a
-- recomputation are.
-- Distribution key for a future Citus cluster: facility_id on every table (no cross-shard keys; the
-- scene an observation was made on is copied, not referenced, because scenes are distributed by
-- (collection, id)).

CREATE TABLE observation (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id       text NOT NULL REFERENCES facility (id),
  scene_collection  text NOT NULL CHECK (btrim(scene_collection) <> ''),
  scene_id          text NOT NULL CHECK (btrim(scene_id) <> ''),
  scene_acquired_at timestamptz NOT NULL,
  scene_footprint   geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(scene_footprint)),
  confidence        text NOT NULL CHECK (confidence IN ('almost-no-chance', 'very-unlikely', 'unlikely', 'even-chance',
                                                        'likely', 'very-likely', 'almost-certain')),
  notes             text CHECK (notes IS NULL OR notes !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]'),
  illustrative      boolean NOT NULL DEFAULT false,
  version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at        timestamptz NOT NULL,
  created_by        text NOT NULL,
  updated_at        timestamptz,
  updated_by        text,
  deleted_at        timestamptz,
  deleted_by        text,
  deletion_reason   text,
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL))
);

-- One live observation per facility and scene: a second look at the same scene edits the first.
CREATE UNIQUE INDEX observation_one_per_scene ON observation (facility_id, scene_collection, scene_id)
  WHERE deleted_at IS NULL;
CREATE INDEX observation_facility ON observation (facility_id, scene_acquired_at, id);

CREATE TABLE observed_structure (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id     text NOT NULL REFERENCES facility (id),
  observation_id  bigint NOT NULL REFERENCES observation (id),
  structure_class text NOT NULL CHECK (structure_class IN ('perimeter', 'guard-post', 'administration',
                                       'prisoner-housing', 'light-industry', 'mining', 'agriculture',
                                       'agricultural-support', 'other')),
  condition       text NOT NULL CHECK (condition IN ('intact', 'under-construction', 'minor-damage', 'major-damage',
                                                     'destroyed', 'razed')),
  geometry        geometry(Geometry, 4326) NOT NULL
                  CHECK (ST_IsValid(geometry) AND NOT ST_IsEmpty(geometry)
                         AND GeometryType(geometry) IN ('POLYGON', 'MULTIPOLYGON', 'LINESTRING', 'MULTILINESTRING')),
  area_sqm        double precision NOT NULL CHECK (area_sqm >= 0),
  length_m        double precision NOT NULL CHECK (length_m > 0),
  notes           text CHECK (notes IS NULL OR notes !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]'),
  layer_feature   text,  -- the digitized layer's feature id or label it was imported from
  version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at      timestamptz NOT NULL,
  created_by      text NOT NULL,
  deleted_at      timestamptz,
  deleted_by      text,
  deletion_reason text,
  -- Only perimeters (fences, walls) may be lines.
  CHECK (structure_class = 'perimeter' OR GeometryType(geometry) IN ('POLYGON', 'MULTIPOLYGON')),
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL))
);

CREATE INDEX observed_structure_observation ON observed_structure (observation_id) WHERE deleted_at IS NULL;
CREATE INDEX observed_structure_gix ON observed_structure USING gist (geometry);

CREATE TABLE unassessable_area (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id     text NOT NULL REFERENCES facility (id),
  observation_id  bigint NOT NULL REFERENCES observation (id),
  reason          text NOT NULL CHECK (reason IN ('cloud', 'shadow', 'haze', 'outside-footprint', 'resolution')),
  geometry        geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geometry) AND NOT ST_IsEmpty(geometry)),
  area_sqm        double precision NOT NULL CHECK (area_sqm > 0),
  created_at      timestamptz NOT NULL,
  created_by      text NOT NULL,
  deleted_at      timestamptz,
  deleted_by      text,
  deletion_reason text,
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL))
);

CREATE INDEX unassessable_area_observation ON unassessable_area (observation_id) WHERE deleted_at IS NULL;

-- An analyst's correction of identity, naming drawings (observed_structure ids) so that it survives
-- recomputation: merge two identities, split one at a drawing, force a match or a non-match.
CREATE TABLE structure_override (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id        text NOT NULL REFERENCES facility (id),
  kind               text NOT NULL CHECK (kind IN ('merge', 'split', 'match', 'non-match')),
  structure_id       bigint NOT NULL REFERENCES observed_structure (id),
  other_structure_id bigint REFERENCES observed_structure (id),
  reason             text NOT NULL CHECK (btrim(reason) <> '' AND reason !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]'),
  created_at         timestamptz NOT NULL,
  created_by         text NOT NULL,
  withdrawn_at       timestamptz,
  withdrawn_by       text,
  withdrawal_reason  text,
  CHECK ((kind = 'split') = (other_structure_id IS NULL)),
  CHECK (other_structure_id IS NULL OR other_structure_id <> structure_id),
  CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);

CREATE INDEX structure_override_facility ON structure_override (facility_id) WHERE withdrawn_at IS NULL;

-- Derived: one structure followed across the observations of its facility. identity_id is the id of
-- its earliest drawing. states: [{observationId, sceneId, sceneDate, state, observedStructureId}].
CREATE TABLE tracked_structure (
  facility_id     text NOT NULL REFERENCES facility (id),
  identity_id     bigint NOT NULL,
  structure_class text NOT NULL,
  condition       text NOT NULL,
  geometry        geometry(Geometry, 4326) NOT NULL,
  first_seen      date NOT NULL,
  last_seen       date NOT NULL,
  states          jsonb NOT NULL,
  illustrative    boolean NOT NULL,
  computed_at     timestamptz NOT NULL,
  superseded_at   timestamptz,
  PRIMARY KEY (facility_id, identity_id)
);

CREATE INDEX tracked_structure_gix ON tracked_structure USING gist (geometry) WHERE superseded_at IS NULL;

-- Derived: one change of one structure, bracketed by scene dates (earliest: the last scene showing the
-- previous state; latest: the first showing the new one). event_key is stable across recomputation.
CREATE TABLE change_event (
  facility_id             text NOT NULL REFERENCES facility (id),
  event_key               text NOT NULL,
  identity_id             bigint NOT NULL,
  kind                    text NOT NULL CHECK (kind IN ('appeared', 'disappeared', 'expanded', 'reduced',
                                                        'changed-class', 'changed-condition', 'moved')),
  structure_class         text NOT NULL,
  previous_class          text,
  condition               text NOT NULL,
  previous_condition      text,
  earliest                date NOT NULL,
  latest                  date NOT NULL,
  earliest_observation_id bigint NOT NULL,
  earliest_scene_id       text NOT NULL,
  latest_observation_id   bigint NOT NULL,
  latest_scene_id         text NOT NULL,
  previous_size           double precision,
  size                    double precision,
  moved_m                 double precision,
  geometry                geometry(Geometry, 4326) NOT NULL,
  confidence              text NOT NULL,
  statement_en            text NOT NULL,
  statement_ko            text NOT NULL,
  illustrative            boolean NOT NULL,
  computed_at             timestamptz NOT NULL,
  superseded_at           timestamptz,
  CHECK (latest >= earliest),
  PRIMARY KEY (facility_id, event_key)
);

CREATE INDEX change_event_gix ON change_event USING gist (geometry) WHERE superseded_at IS NULL;
CREATE INDEX change_event_latest ON change_event (latest, facility_id) WHERE superseded_at IS NULL;

CREATE TRIGGER observation_audit AFTER INSERT OR UPDATE ON observation
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER observed_structure_audit AFTER INSERT OR UPDATE ON observed_structure
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER unassessable_area_audit AFTER INSERT OR UPDATE ON unassessable_area
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER structure_override_audit AFTER INSERT OR UPDATE ON structure_override
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');

CREATE TRIGGER observation_no_delete BEFORE DELETE ON observation FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER observed_structure_no_delete BEFORE DELETE ON observed_structure
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER unassessable_area_no_delete BEFORE DELETE ON unassessable_area
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER structure_override_no_delete BEFORE DELETE ON structure_override
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER tracked_structure_no_delete BEFORE DELETE ON tracked_structure
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER change_event_no_delete BEFORE DELETE ON change_event FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT, UPDATE ON observation, observed_structure, unassessable_area, structure_override,
                                tracked_structure, change_event TO sightline_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sightline_app;
