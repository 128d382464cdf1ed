-- Read paths under load (issue 16, docs/LOAD.md): what scripts/bench-load found limiting the facility
-- panel and the facility pages with the 1,000,000-scene data set.

-- The events linked to a facility (the facility panel's list, the map's facility filter): a GIN
-- index on the live events' facility ids, read with @> (EventPageDao, MapLayers). Before, each
-- request scanned every live event in key order.
CREATE INDEX corroborated_event_facility ON corroborated_event USING gin (facility_ids)
  WHERE superseded_at IS NULL;

-- Candidate duplicates (V012) compared every live facility's camp number and place words, computed
-- from its name by plpgsql regular expressions on each read: about 20 ms for 193 facilities, once
-- per facility page and per facility. They are now kept per facility, written by a trigger when a
-- facility is created or renamed; the view reads them. The rule itself is unchanged.
CREATE TABLE facility_name_trait (
  facility_id  text PRIMARY KEY REFERENCES facility (id),
  camp_number  text,
  place_words  text[] NOT NULL
);

-- Runs as the migration's role (the server's role may not write the table itself).
CREATE FUNCTION sightline_keep_facility_name_trait() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  INSERT INTO public.facility_name_trait (facility_id, camp_number, place_words)
  VALUES (NEW.id, public.sightline_camp_number(NEW.name), public.sightline_place_words(NEW.name))
  ON CONFLICT (facility_id) DO UPDATE
    SET camp_number = EXCLUDED.camp_number, place_words = EXCLUDED.place_words;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION sightline_keep_facility_name_trait() FROM PUBLIC;

CREATE TRIGGER facility_name_trait_kept AFTER INSERT OR UPDATE OF name ON facility
  FOR EACH ROW EXECUTE FUNCTION sightline_keep_facility_name_trait();

INSERT INTO facility_name_trait (facility_id, camp_number, place_words)
SELECT id, sightline_camp_number(name), sightline_place_words(name) FROM facility;

GRANT SELECT ON facility_name_trait TO sightline_app;

CREATE OR REPLACE VIEW facility_candidate_duplicate AS
  WITH live AS (
    SELECT f.id, f.facility_type, f.location, f.created_at, t.camp_number, t.place_words,
           (SELECT count(*) FROM facility_sourced_location l
             WHERE l.facility_id = f.id AND l.deleted_at IS NULL) AS locations
      FROM facility f JOIN facility_name_trait t ON t.facility_id = f.id
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
