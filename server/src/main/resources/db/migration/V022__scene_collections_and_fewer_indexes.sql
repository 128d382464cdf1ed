-- (V022) Issue 16, item 8 (docs/SCALING.md): the catalogue's collections kept as scenes are
-- written, and two fewer indexes for every scene written.

-- Each collection's summary (STAC landing page, /collections, a collection's extent, the map's
-- collection filter) was an aggregate over every scene of it on each request: 2.2 s with 1,100,000
-- scenes, and a STAC client reads the landing page first. SceneStore now adds each batch's scenes to
-- its collection's row in the batch's transaction (SceneDao.addToCollections): count of scenes
-- inserted, the extent of their footprints, the earliest acquisition and the latest end. A changed
-- Item (a new version of a stored one) widens the extent and time span to include its new values and
-- never narrows them, so after an Item moved the extent can be wider than its scenes: still an
-- extent that holds every scene, as STAC requires.
CREATE TABLE scene_collection (
  collection  text PRIMARY KEY CHECK (btrim(collection) <> ''),
  scenes      bigint NOT NULL CHECK (scenes >= 0),
  west        double precision NOT NULL,
  south       double precision NOT NULL,
  east        double precision NOT NULL,
  north       double precision NOT NULL,
  first_at    timestamptz NOT NULL,
  last_at     timestamptz NOT NULL,
  -- How far a scene's time range reaches from its acquired_at, at most (seconds; negative if no
  -- range reaches past it): its end after, its start before. A search for [from, to] then reads only
  -- scenes acquired in [from - max_after_s, to + max_before_s] (SceneDao.TimeSpans).
  max_after_s   double precision NOT NULL,
  max_before_s  double precision NOT NULL,
  -- Bumped by every batch written to the collection and every rebuild: the map keeps its footprint
  -- answers by the sum of all collections' generations (map.MapLayers), so a write retires them.
  generation    bigint NOT NULL DEFAULT 1 CHECK (generation > 0),
  CHECK (west <= east AND south <= north AND first_at <= last_at)
);

-- Recomputes every collection's row from the scenes themselves: run here for the scenes already
-- stored, and by whatever writes scenes without SceneStore (test fixtures, benchmarks' bulk SQL).
-- Runs as the migration's role; returns the number of collections.
CREATE FUNCTION sightline_rebuild_scene_collections() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  n integer;
BEGIN
  INSERT INTO public.scene_collection AS c (collection, scenes, west, south, east, north, first_at, last_at,
                                            max_after_s, max_before_s)
  SELECT s.collection, count(*),
         min(public.ST_XMin(s.footprint)), min(public.ST_YMin(s.footprint)),
         max(public.ST_XMax(s.footprint)), max(public.ST_YMax(s.footprint)),
         min(s.acquired_at), max(coalesce(s.end_at, s.acquired_at)),
         max(extract(epoch FROM coalesce(s.end_at, s.acquired_at) - s.acquired_at)),
         max(extract(epoch FROM s.acquired_at - coalesce(s.start_at, s.acquired_at)))
    FROM public.scene s GROUP BY s.collection
  ON CONFLICT (collection) DO UPDATE
    SET scenes = EXCLUDED.scenes, west = EXCLUDED.west, south = EXCLUDED.south, east = EXCLUDED.east,
        north = EXCLUDED.north, first_at = EXCLUDED.first_at, last_at = EXCLUDED.last_at,
        max_after_s = EXCLUDED.max_after_s, max_before_s = EXCLUDED.max_before_s,
        generation = c.generation + 1;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;

SELECT sightline_rebuild_scene_collections();

-- No scene is ever deleted, so no collection's row is either.
CREATE TRIGGER scene_collection_no_delete BEFORE DELETE ON scene_collection
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT, UPDATE ON scene_collection TO sightline_app;
GRANT EXECUTE ON FUNCTION sightline_rebuild_scene_collections() TO sightline_app;

-- Two btree indexes led with acquired_at: scene_acquired_at (acquired_at, collection, id), the
-- search's default order, and scene_map_time (acquired_at) INCLUDE (...), the map's index-only
-- scans. One index now serves both, with the same keys as the first and the columns of the second.
DROP INDEX scene_acquired_at;
DROP INDEX scene_map_time;
CREATE INDEX scene_time ON scene (acquired_at, collection, id)
  INCLUDE (bbox_west, bbox_south, bbox_east, bbox_north, footprint_key, cloud_cover_pct, gsd_m);

-- scene_id (V013) found a scene by its id alone (a digitized area's scene, in any collection). The
-- primary key led by id answers that, and a collection's existence is now a row of scene_collection.
DROP INDEX scene_id;
ALTER TABLE scene DROP CONSTRAINT scene_pkey, ADD PRIMARY KEY (id, collection);
