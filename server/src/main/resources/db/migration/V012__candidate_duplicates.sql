-- Candidate duplicates (issue 10, point 12). NKDB places some numbered camps away from the point
-- the other sources give (Camp 14 Kaechon 13 km away, Kyohwaso No. 77 Tanchon 70 km away), so the
-- sample data keeps them as records of their own and the map counted 14 kwanliso where the sources
-- name 13. They are now shown as possible duplicates of their namesake until an analyst merges
-- them or keeps them apart.
--
-- The rule: two live facilities of the same type whose primary names carry the same camp number
-- ("No. 14", "14ho", "14호") and share a place word (their sightline_name_key words, V011, other
-- than numbers and the words every camp name has), within 100 km of each other. Of such a pair the
-- candidate duplicate is the record with fewer live sourced locations, then the one created later,
-- then the greater id; the other is its namesake. Names without a camp number are not compared:
-- generic names ("Police Holding Camp, Hyesan City") repeat for different facilities.

-- An analyst's decision on a candidate pair: merged (the candidate soft-deleted into its namesake,
-- its sourced locations copied there as alternatives) or kept apart (no longer flagged).
CREATE TABLE facility_duplicate_decision (
  facility_id  text NOT NULL REFERENCES facility (id),
  duplicate_of text NOT NULL REFERENCES facility (id),
  decision     text NOT NULL CHECK (decision IN ('merged', 'kept-apart')),
  reason       text NOT NULL CHECK (btrim(reason) <> '' AND char_length(reason) <= 1000),
  decided_by   text NOT NULL,
  decided_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (facility_id, duplicate_of),
  CHECK (facility_id <> duplicate_of)
);

CREATE TRIGGER facility_duplicate_decision_audit AFTER INSERT OR UPDATE ON facility_duplicate_decision
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('facility_id,duplicate_of');
CREATE TRIGGER facility_duplicate_decision_no_delete BEFORE DELETE ON facility_duplicate_decision
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
GRANT SELECT, INSERT ON facility_duplicate_decision TO sightline_app;

-- The words of a name that say which place it is: its key's words, less numbers and the words
-- every camp name has.
CREATE FUNCTION sightline_place_words(name text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(pg_catalog.array_agg(w), '{}'::text[])
    FROM pg_catalog.unnest(pg_catalog.string_to_array(public.sightline_name_key(name), ' ')) AS w
   WHERE w !~ '^[0-9]+$'
     AND w <> ALL (ARRAY['kwaliso', 'kyohwaso', 'camp', 'political', 'plison', 'nktp', 'point', 'county',
                         'city', 'kun', 'si', '관리소', '교화소'])
$$;

-- The camp number of a name (its key's first number), or NULL.
CREATE FUNCTION sightline_camp_number(name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (pg_catalog.regexp_match(public.sightline_name_key(name), '(^| )([0-9]+)( |$)'))[2]
$$;

-- Every current candidate: the candidate duplicate, its namesake and the distance between their
-- locations on the WGS 84 spheroid in metres. Pairs an analyst kept apart are not listed; merged
-- candidates are deleted, so neither are they. Visibility is the reader's to apply to both.
CREATE VIEW facility_candidate_duplicate AS
  WITH live AS (
    SELECT f.id, f.facility_type, f.location, f.created_at, public.sightline_camp_number(f.name) AS camp_number,
           public.sightline_place_words(f.name) AS place_words,
           (SELECT count(*) FROM facility_sourced_location l
             WHERE l.facility_id = f.id AND l.deleted_at IS NULL) AS locations
      FROM facility f
     WHERE f.deleted_at IS NULL)
  SELECT d.id AS facility_id, k.id AS duplicate_of,
         ST_Distance(d.location::geography, k.location::geography) AS distance_m
    FROM live d
    JOIN live k ON k.id <> d.id AND k.facility_type = d.facility_type AND k.camp_number = d.camp_number
                AND k.place_words && d.place_words
                AND ST_DWithin(d.location::geography, k.location::geography, 100000)
                AND (d.locations, k.created_at, k.id) < (k.locations, d.created_at, d.id)
   WHERE NOT EXISTS (SELECT 1 FROM facility_duplicate_decision x
                      WHERE x.facility_id = d.id AND x.duplicate_of = k.id);
GRANT SELECT ON facility_candidate_duplicate TO sightline_app;
