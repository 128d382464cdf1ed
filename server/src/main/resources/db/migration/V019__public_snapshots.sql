-- What the public sees of facilities, boundaries and zones: their published snapshots (issue 15).
--
-- Staff read and edit the live rows; anonymous callers read the version a second person reviewed
-- and published, which stays public while the live record moves on (a change is a new draft).
-- Each read path names what it reads through sightline_visible_*(publishedOnly) (Visibility in
-- the server): the live table for staff, the published snapshots for the public.
--
-- All functions call others with their schema (public. or pg_catalog.), see V010; the three
-- sightline_visible_* functions are plain SQL without SET, so the planner inlines them.

-- The content a review freezes, one function per table, shared by the server (SnapshotDao) and
-- by the publication of public-source records below. Geometries are GeoJSON with 15 digits.
CREATE FUNCTION sightline_facility_content(f public.facility) RETURNS jsonb
  LANGUAGE sql STABLE AS $$
  SELECT (pg_catalog.to_jsonb(f) - 'location' - 'published' - 'deleted_at' - 'deleted_by' - 'deletion_reason')
         || pg_catalog.jsonb_build_object('location', public.ST_AsGeoJSON(f.location, 15)::jsonb)
$$;

CREATE FUNCTION sightline_boundary_content(b public.facility_boundary) RETURNS jsonb
  LANGUAGE sql STABLE AS $$
  SELECT (pg_catalog.to_jsonb(b) - 'geometry' - 'validity' - 'deleted_at' - 'deleted_by' - 'deletion_reason')
         || pg_catalog.jsonb_build_object('geometry', public.ST_AsGeoJSON(b.geometry, 15)::jsonb)
$$;

CREATE FUNCTION sightline_zone_content(z public.zone) RETURNS jsonb
  LANGUAGE sql STABLE AS $$
  SELECT (pg_catalog.to_jsonb(z) - 'geometry' - 'validity' - 'deleted_at' - 'deleted_by' - 'deletion_reason')
         || pg_catalog.jsonb_build_object('geometry', public.ST_AsGeoJSON(z.geometry, 15)::jsonb)
$$;

-- Every actor who wrote a version of a row (inserted it or moved its version on).
CREATE FUNCTION sightline_record_authors(p_table text, p_id text) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(pg_catalog.array_agg(DISTINCT h.actor ORDER BY h.actor), '{}')
    FROM (SELECT v.actor, v.state ->> 'version' AS ver,
                 pg_catalog.lag(v.state ->> 'version') OVER (ORDER BY v.id) AS prev
            FROM public.record_version v WHERE v.table_name = p_table AND v.record_id = p_id) h
   WHERE h.ver IS DISTINCT FROM h.prev
$$;

-- Whether the active policy lets a free-text field the submitter marked publishable be public.
CREATE FUNCTION sightline_publishable_text(p_field text, p_marked text[]) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT p_field = ANY (p_marked) AND coalesce(rp.rules ->> 'freeText', 'marked-only') <> 'never'
    FROM public.redaction_policy_active a JOIN public.redaction_policy rp ON rp.version = a.policy
$$;

-- Facilities as a caller sees them: every live row for staff (p_public false); for the public,
-- the published snapshot of each facility whose live record is not deleted, its description only
-- where marked publishable, and no staff name (updated_by; created_by for areas).
CREATE FUNCTION sightline_visible_facility(p_public boolean) RETURNS SETOF public.facility
  LANGUAGE sql STABLE AS $$
  SELECT f.* FROM public.facility f WHERE NOT p_public
  UNION ALL
  SELECT r.*
    FROM public.publication p
    JOIN public.facility live ON live.id = p.record_id AND live.deleted_at IS NULL
    CROSS JOIN LATERAL pg_catalog.jsonb_populate_record(NULL::public.facility,
      (p.content - 'location' - 'description') || pg_catalog.jsonb_build_object(
        'location', public.ST_AsEWKT(public.ST_SetSRID(public.ST_GeomFromGeoJSON(p.content ->> 'location'), 4326)),
        'published', true,
        'updated_by', NULL,
        'description', CASE WHEN public.sightline_publishable_text('description', p.publishable_text)
                            THEN p.content ->> 'description' END)) r
   WHERE p_public AND p.kind = 'facility' AND p.state = 'published'
$$;

-- Boundary versions: all live rows for staff; for the public, the published snapshots of versions
-- whose live row is not deleted and whose facility is public, the note only where marked.
CREATE FUNCTION sightline_visible_facility_boundary(p_public boolean) RETURNS SETOF public.facility_boundary
  LANGUAGE sql STABLE AS $$
  SELECT b.* FROM public.facility_boundary b WHERE NOT p_public
  UNION ALL
  SELECT r.*
    FROM public.publication p
    JOIN public.facility_boundary live ON live.id::text = p.record_id AND live.deleted_at IS NULL
    JOIN public.facility f ON f.id = live.facility_id AND f.published AND f.deleted_at IS NULL
    CROSS JOIN LATERAL pg_catalog.jsonb_populate_record(NULL::public.facility_boundary,
      (p.content - 'geometry' - 'note') || pg_catalog.jsonb_build_object(
        'geometry', public.ST_AsEWKT(public.ST_SetSRID(public.ST_GeomFromGeoJSON(p.content ->> 'geometry'), 4326)),
        'validity', pg_catalog.daterange(CAST(p.content ->> 'valid_from' AS date),
                                         CAST(p.content ->> 'valid_to' AS date), '[)')::text,
        'created_by', NULL,
        'note', CASE WHEN public.sightline_publishable_text('note', p.publishable_text)
                     THEN p.content ->> 'note' END)) r
   WHERE p_public AND p.kind = 'boundary' AND p.state = 'published'
$$;

CREATE FUNCTION sightline_visible_zone(p_public boolean) RETURNS SETOF public.zone
  LANGUAGE sql STABLE AS $$
  SELECT z.* FROM public.zone z WHERE NOT p_public
  UNION ALL
  SELECT r.*
    FROM public.publication p
    JOIN public.zone live ON live.id::text = p.record_id AND live.deleted_at IS NULL
    JOIN public.facility f ON f.id = live.facility_id AND f.published AND f.deleted_at IS NULL
    CROSS JOIN LATERAL pg_catalog.jsonb_populate_record(NULL::public.zone,
      (p.content - 'geometry' - 'note') || pg_catalog.jsonb_build_object(
        'geometry', public.ST_AsEWKT(public.ST_SetSRID(public.ST_GeomFromGeoJSON(p.content ->> 'geometry'), 4326)),
        'validity', pg_catalog.daterange(CAST(p.content ->> 'valid_from' AS date),
                                         CAST(p.content ->> 'valid_to' AS date), '[)')::text,
        'created_by', NULL,
        'note', CASE WHEN public.sightline_publishable_text('note', p.publishable_text)
                     THEN p.content ->> 'note' END)) r
   WHERE p_public AND p.kind = 'zone' AND p.state = 'published'
$$;

-- Records from public sources (the sample data): each facility flagged published that has no
-- review yet, and each live boundary and zone of such a facility written only by the system, gets a
-- published review: submitted by the loader, decided by system:public-sources (what they hold was
-- public already), their free text marked publishable. Returns how many it published. Called by
-- this migration and by the sample loader after each load.
CREATE FUNCTION sightline_publish_public_sources() RETURNS integer
  LANGUAGE plpgsql AS $$
DECLARE
  v_count integer := 0;
  v_rows integer;
BEGIN
  INSERT INTO public.publication (kind, record_id, record_version, state, content, publishable_text, authors,
                                  submitted_by, submitted_at, submission_note, decided_by, decided_at,
                                  decision_note, published_at)
  SELECT 'facility', f.id, f.version::text, 'published', public.sightline_facility_content(f), '{description}',
         public.sightline_record_authors('facility', f.id), 'system:sample-data', now(),
         'loaded from public sources', 'system:public-sources', now(), 'the sources are public', now()
    FROM public.facility f
   WHERE f.published AND f.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM public.publication p WHERE p.kind = 'facility' AND p.record_id = f.id);
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  v_count := v_count + v_rows;

  INSERT INTO public.publication (kind, record_id, record_version, state, content, publishable_text, authors,
                                  submitted_by, submitted_at, submission_note, decided_by, decided_at,
                                  decision_note, published_at)
  SELECT 'boundary', b.id::text, b.version::text, 'published', public.sightline_boundary_content(b), '{note}',
         public.sightline_record_authors('facility_boundary', b.id::text), 'system:sample-data', now(),
         'loaded from public sources', 'system:public-sources', now(), 'the sources are public', now()
    FROM public.facility_boundary b JOIN public.facility f ON f.id = b.facility_id AND f.published
   WHERE b.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM public.publication p WHERE p.kind = 'boundary' AND p.record_id = b.id::text)
     AND public.sightline_record_authors('facility_boundary', b.id::text) <@ ARRAY['system:sample-data', 'system:migration']
     AND cardinality(public.sightline_record_authors('facility_boundary', b.id::text)) > 0;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  v_count := v_count + v_rows;

  INSERT INTO public.publication (kind, record_id, record_version, state, content, publishable_text, authors,
                                  submitted_by, submitted_at, submission_note, decided_by, decided_at,
                                  decision_note, published_at)
  SELECT 'zone', z.id::text, z.version::text, 'published', public.sightline_zone_content(z), '{note}',
         public.sightline_record_authors('zone', z.id::text), 'system:sample-data', now(),
         'loaded from public sources', 'system:public-sources', now(), 'the sources are public', now()
    FROM public.zone z JOIN public.facility f ON f.id = z.facility_id AND f.published
   WHERE z.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM public.publication p WHERE p.kind = 'zone' AND p.record_id = z.id::text)
     AND public.sightline_record_authors('zone', z.id::text) <@ ARRAY['system:sample-data', 'system:migration']
     AND cardinality(public.sightline_record_authors('zone', z.id::text)) > 0;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  RETURN v_count + v_rows;
END
$$;

SELECT set_config('sightline.actor', 'system:migration', true);
SELECT sightline_publish_public_sources();

GRANT EXECUTE ON FUNCTION sightline_facility_content(public.facility), sightline_boundary_content(public.facility_boundary),
  sightline_zone_content(public.zone), sightline_record_authors(text, text), sightline_publishable_text(text, text[]),
  sightline_visible_facility(boolean), sightline_visible_facility_boundary(boolean), sightline_visible_zone(boolean),
  sightline_publish_public_sources() TO sightline_app;
