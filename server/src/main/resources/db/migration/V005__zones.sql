-- Zones: named analysis areas inside a facility (housing, mine, farm, administration...), versioned
-- like boundaries. zone_key names one zone across its versions (e.g. 'housing-east'); versions of
-- one zone never overlap in time (exclusion constraint), so "the zone as of date D" is one row.
-- Distribution key for a future Citus cluster: facility_id.
CREATE TABLE zone (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id     text NOT NULL REFERENCES facility (id),
  zone_key        text NOT NULL CHECK (zone_key ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name            text NOT NULL CHECK (btrim(name) <> '' AND name !~ '[[:cntrl:]]'),
  name_ko         text CHECK (name_ko IS NULL OR name_ko IS NFC NORMALIZED),
  kind            text NOT NULL CHECK (kind IN ('housing', 'mine', 'farm', 'factory', 'administration', 'security',
                                                'detention', 'other')),
  geometry        geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geometry) AND NOT ST_IsEmpty(geometry)),
  valid_from      date,
  valid_to        date,
  validity        daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[)')) STORED,
  basis           text NOT NULL CHECK (basis IN ('digitized', 'published', 'approximate')),
  confidence      text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
  scene_id        text CHECK (scene_id IS NULL OR btrim(scene_id) <> ''),
  source_ids      text[] NOT NULL DEFAULT '{}',
  note            text,
  area_sq_km      double precision NOT NULL CHECK (area_sq_km > 0),
  perimeter_km    double precision NOT NULL CHECK (perimeter_km > 0),
  created_at      timestamptz NOT NULL,
  created_by      text NOT NULL,
  deleted_at      timestamptz,
  deleted_by      text,
  deletion_reason text,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from),
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL)),
  CHECK (basis <> 'digitized' OR scene_id IS NOT NULL),
  CONSTRAINT zone_no_overlap
    EXCLUDE USING gist (facility_id WITH =, zone_key WITH =, validity WITH &&) WHERE (deleted_at IS NULL)
);

CREATE INDEX zone_gix ON zone USING gist (geometry);
CREATE INDEX zone_facility ON zone (facility_id, zone_key);

CREATE TRIGGER zone_audit AFTER INSERT OR UPDATE ON zone FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER zone_no_delete BEFORE DELETE ON zone FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT, UPDATE ON zone TO sightline_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sightline_app;
