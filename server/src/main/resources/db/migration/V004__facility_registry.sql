-- The facility registry (issue 3): names in every script and romanization with fuzzy search,
-- registry fields with optimistic versions, and boundaries that change over time.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE facility
  ADD COLUMN name_mr            text CHECK (name_mr IS NULL OR (btrim(name_mr) <> '' AND name_mr !~ '[[:cntrl:]]')),
  ADD COLUMN name_rr            text CHECK (name_rr IS NULL OR (btrim(name_rr) <> '' AND name_rr !~ '[[:cntrl:]]')),
  ADD COLUMN controlling_agency text CHECK (controlling_agency IS NULL OR btrim(controlling_agency) <> ''),
  ADD COLUMN description        text,
  ADD COLUMN status_since       date,
  ADD COLUMN version            integer NOT NULL DEFAULT 1 CHECK (version > 0),
  ADD COLUMN updated_by         text;

-- Folds a name for matching: lower case, McCune-Reischauer breves and other accents dropped,
-- apostrophes, hyphens and punctuation to spaces ("Yŏdŏk" ~ "yodok", "Kwan-li-so" ~ "kwan li so").
-- Hangul passes through unchanged (it is stored NFC-normalised, see the CHECK on name_ko).
CREATE FUNCTION sightline_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
           lower(translate(coalesce(value, ''), 'ŎŏŬŭÖöÜüÉéÈèŌōŪūĀā', 'OoUuOoUuEeEeOoUuAa')),
           '[^[:alnum:]가-힣]+', ' ', 'g'))
$$;

-- Every name of a facility in one folded text, for trigram search.
CREATE FUNCTION facility_search_text(name text, name_ko text, name_mr text, name_rr text, aliases text[])
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT sightline_fold(coalesce(name, '') || ' | ' || coalesce(name_ko, '') || ' | ' || coalesce(name_mr, '')
                        || ' | ' || coalesce(name_rr, '') || ' | ' || coalesce(array_to_string(aliases, ' | '), ''))
$$;

CREATE INDEX facility_search_trgm ON facility
  USING gin (facility_search_text(name, name_ko, name_mr, name_rr, aliases) gin_trgm_ops);

-- A facility's boundary over time. validity is [valid_from, valid_to): valid_from NULL means
-- "since before anything we know", valid_to NULL "still so". The exclusion constraint lets no two
-- live versions of one facility overlap in time, so "the boundary as of date D" is at most one row.
-- Distribution key for a future Citus cluster: facility_id.
CREATE TABLE facility_boundary (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id     text NOT NULL REFERENCES facility (id),
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
  CONSTRAINT facility_boundary_no_overlap
    EXCLUDE USING gist (facility_id WITH =, validity WITH &&) WHERE (deleted_at IS NULL)
);

CREATE INDEX facility_boundary_gix ON facility_boundary USING gist (geometry);

CREATE TRIGGER facility_boundary_audit AFTER INSERT OR UPDATE ON facility_boundary
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER facility_boundary_no_delete BEFORE DELETE ON facility_boundary
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT, UPDATE ON facility_boundary TO sightline_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sightline_app;
