-- (V020) Authors of records whose history began before their table had a version column.
--
-- V019's sightline_record_authors (and the server's SnapshotDao) count as authors the actors whose
-- history row carries a new 'version'. Boundaries and zones had no version column before V013, so
-- every history row an installation of the first release wrote for them has none: their authors
-- came out empty. Two faults followed on upgraded installations (UpgradeFromFirstReleaseTest):
--   * a boundary or zone that staff drew then had no authors, so its author could approve its
--     publication (the four-eyes rule checks the authors);
--   * placeholder boundaries loaded from public sources, written only by the system, were never
--     published by sightline_publish_public_sources (it needs at least one author), so the public
--     map lost boundaries it had shown.
-- A history row without a version now counts as a version of its own: everyone who wrote the row
-- before V013 is an author. Rows written since are counted as before.
CREATE OR REPLACE FUNCTION sightline_record_authors(p_table text, p_id text) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(pg_catalog.array_agg(DISTINCT h.actor ORDER BY h.actor), '{}')
    FROM (SELECT v.actor, coalesce(v.state ->> 'version', 'unversioned:' || v.id) AS ver,
                 pg_catalog.lag(coalesce(v.state ->> 'version', 'unversioned:' || v.id)) OVER (ORDER BY v.id) AS prev
            FROM public.record_version v WHERE v.table_name = p_table AND v.record_id = p_id) h
   WHERE h.ver IS DISTINCT FROM h.prev
$$;

-- What V019 would have published had it seen those authors: public-source records with no review.
SELECT set_config('sightline.actor', 'system:migration', true);
SELECT sightline_publish_public_sources();
