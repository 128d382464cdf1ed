-- The imagery catalogue (issue 4): one row per STAC Item (collection, id), the stored Item JSON
-- as received, and the fields searches and coverage need, extracted by imagery-ingest.
-- Ingest is bulk (COPY into a staging table, then one merge per batch) and audited per batch, not
-- per row: a million scenes must not mean a million hash-chained audit events.
-- Distribution key for a future Citus cluster: collection, id; partitioning by acquired_at later.
CREATE TABLE scene (
  collection        text NOT NULL CHECK (btrim(collection) <> ''),
  id                text NOT NULL CHECK (btrim(id) <> ''),
  acquired_at       timestamptz NOT NULL,
  start_at          timestamptz,
  end_at            timestamptz,
  footprint         geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(footprint) AND NOT ST_IsEmpty(footprint)),
  bbox_west         double precision NOT NULL,
  bbox_south        double precision NOT NULL,
  bbox_east         double precision NOT NULL,
  bbox_north        double precision NOT NULL,
  platform          text,
  constellation     text,
  instruments       text[] NOT NULL DEFAULT '{}',
  gsd_m             double precision CHECK (gsd_m IS NULL OR gsd_m > 0),
  cloud_cover_pct   double precision CHECK (cloud_cover_pct IS NULL OR cloud_cover_pct BETWEEN 0 AND 100),
  off_nadir_deg     double precision,
  sun_elevation_deg double precision,
  sun_azimuth_deg   double precision,
  providers         text[] NOT NULL DEFAULT '{}',
  license           text,
  thumbnail_url     text,
  visual_url        text,
  stac_version      text NOT NULL,
  item              json NOT NULL,  -- exactly as received (json keeps the text; jsonb would reorder keys)
  content_sha256    text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
  version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
  ingested_at       timestamptz NOT NULL,
  ingested_by       text NOT NULL,
  PRIMARY KEY (collection, id)
);

CREATE INDEX scene_footprint_gix ON scene USING gist (footprint);
CREATE INDEX scene_acquired_at ON scene (acquired_at, collection, id);

-- Earlier versions of Items that a later ingest changed: nothing is overwritten unkept.
CREATE TABLE scene_previous (
  collection     text NOT NULL,
  id             text NOT NULL,
  version        integer NOT NULL,
  item           json NOT NULL,
  content_sha256 text NOT NULL,
  ingested_at    timestamptz NOT NULL,
  ingested_by    text NOT NULL,
  replaced_at    timestamptz NOT NULL,
  replaced_by    text NOT NULL,
  PRIMARY KEY (collection, id, version)
);

CREATE TRIGGER scene_no_delete BEFORE DELETE ON scene FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER scene_previous_no_delete BEFORE DELETE ON scene_previous FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT, UPDATE ON scene TO sightline_app;
GRANT SELECT, INSERT ON scene_previous TO sightline_app;
