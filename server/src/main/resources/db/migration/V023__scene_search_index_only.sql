-- (V023) Issue 16, item 8 (docs/SCALING.md): a search finds its candidates from the index alone.
--
-- A search with a bbox and a time span asked the GiST index (footprint, time range) for the scenes
-- whose footprint's box meets the bbox, then read every candidate's heap row (about 3.9 KB: the Item
-- JSON is kept inline) for the exact ST_Intersects and the sort key, although only a page of them
-- is returned: about 800 heap pages for the benchmark's 0.5-degree box and year at 1,000,000 scenes.
-- PostGIS's geometry GiST cannot return what it stores (its keys are compressed boxes), so no query
-- that names the footprint can be an index-only scan. The footprint's box, kept as a core `box`
-- column, can: its GiST stores the value itself. With the sort keys and the primary key carried in
-- the index, a search now chooses its page from the index alone and reads the heap only for the
-- page's rows (the exact test, then the Item): SceneDao.searchNarrow.
--
-- The box is the footprint's own envelope (double precision, from the geometry), not the Item's
-- declared bbox, which may be a little smaller (a tolerance) or cross the antimeridian: a scene
-- meets a bbox only if its footprint's box does, so the box is a safe first filter. Generated, so
-- it can never disagree with the footprint, whoever writes the row.
ALTER TABLE scene ADD COLUMN footprint_box box
  GENERATED ALWAYS AS (public.box(footprint)) STORED;

-- Replaces scene_footprint_time_gix (V008): the same two dimensions, the box instead of the
-- geometry, plus what a search's page is chosen on (the sortable columns, SceneSearchSql.column)
-- and found again by (the primary key). The time range is an expression over acquired_at, start_at
-- and end_at; they are included so that the planner sees every column it needs in the index.
CREATE INDEX scene_box_time_gix ON scene USING gist (
  footprint_box, tstzrange(coalesce(start_at, acquired_at), coalesce(end_at, acquired_at), '[]'))
  INCLUDE (acquired_at, start_at, end_at, collection, id, cloud_cover_pct, gsd_m, off_nadir_deg,
           sun_elevation_deg);
DROP INDEX scene_footprint_time_gix;

-- PostgreSQL estimates any `box && box` condition at 0.5% of the rows, whatever the box: for the
-- whole peninsula (every scene) it then chose the box index and sorted 1,100,000 candidates (1.4 s)
-- instead of walking the time index until a page was found. The search therefore chooses between
-- the two ways itself (catalogue.SearchShape), from PostGIS's own estimate of the share of scenes a
-- geometry's box meets (the statistics ANALYZE keeps for scene.footprint; the function PostGIS's
-- planner support uses). Null when there are no statistics yet (a new or tiny catalogue), or when
-- this PostGIS has no such function.
CREATE FUNCTION sightline_footprint_share(area public.geometry) RETURNS double precision
  LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
BEGIN
  IF area IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN public._postgis_selectivity('public.scene'::regclass, 'footprint', area);
EXCEPTION WHEN OTHERS THEN
  RETURN NULL;
END
$$;

GRANT EXECUTE ON FUNCTION sightline_footprint_share(public.geometry) TO sightline_app;
