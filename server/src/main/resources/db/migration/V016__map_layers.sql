-- The map workspace's dense layers (issue 13): footprints, change events and corroborated events
-- answered per view, period and zoom as features or grid counts (org.sightline.server.map).
--
-- All functions call others with their schema (public. or pg_catalog), see V010.

-- A scene's footprint as a key: identical footprints (the same EWKB: same coordinates in the same
-- order) share it, so a stack of revisits of one tile is one map feature. Generated, so ingest
-- need not know of it (COPY leaves generated columns out; the staging table copies the
-- generation: SceneDao.createStagingTable).
ALTER TABLE scene ADD COLUMN footprint_key text
  GENERATED ALWAYS AS (pg_catalog.md5(public.ST_AsEWKB(footprint))) STORED;

-- Scenes by acquisition time with what the footprint counts and grid cells read, so the
-- peninsula views are index-only scans (no footprint decoded).
CREATE INDEX scene_map_time ON scene (acquired_at)
  INCLUDE (bbox_west, bbox_south, bbox_east, bbox_north, footprint_key, cloud_cover_pct, gsd_m, collection);

-- Live change events and corroborated events by place and day span together. daterange with NULL
-- ends is unbounded: an event with an open end meets every later period (the map's rule).
CREATE INDEX change_event_map ON change_event USING gist (geometry, daterange(earliest, latest, '[]'))
  WHERE superseded_at IS NULL;
CREATE INDEX corroborated_event_map ON corroborated_event
  USING gist (place, daterange(time_earliest, time_latest, '[]')) WHERE superseded_at IS NULL;

-- A geometry simplified for the map at a tolerance in degrees (about a pixel), never invalid or
-- empty: points as they are, otherwise the original when simplifying would break it; the type kept.
CREATE FUNCTION sightline_map_simplify(g public.geometry, tolerance double precision) RETURNS public.geometry
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  s public.geometry;
BEGIN
  IF g IS NULL OR public.ST_Dimension(g) = 0 OR tolerance <= 0 THEN
    RETURN g;
  END IF;
  s := public.ST_SimplifyPreserveTopology(g, tolerance);
  IF s IS NULL OR public.ST_IsEmpty(s) OR NOT public.ST_IsValid(s) THEN
    RETURN g;
  END IF;
  IF public.GeometryType(g) LIKE 'MULTI%' THEN
    s := public.ST_Multi(s);  -- a MultiPolygon stays one
  END IF;
  RETURN s;
END
$$;
