package org.sightline.server.bench;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Map-scale data for benchmarks: on a database already holding the sample data, adds (by default)
 * 100,000 scene footprints, 50,000 corroborated events and 20,000 change events over North Korea
 * (lon 124.3..130.7, lat 37.7..43.0, EPSG:4326), all marked as benchmark data, then VACUUM ANALYZE
 * (as autovacuum would in time: without statistics on the small facility table the planner mistakes
 * the visibility join for a one-row one). Deterministic (seeded random). Reused by the browser
 * benchmark; each set is one SQL statement.
 *
 * <ul>
 *   <li>footprints: {@code scenesS2} Sentinel-2-like tiles (a 7 x 6 grid of 1.0 x 0.9 degree tiles,
 *       every revisit of a tile the identical footprint: stacks of ~1,400), cloud 0..100, gsd 10 m,
 *       2015..2026; and {@code scenesHighRes} small high-resolution footprints (0.05 to 0.15
 *       degrees, slightly rotated, gsd 0.3..1.2 m) scattered at random, each unique;
 *   <li>corroborated events (synthetic): a circle of 200 m to 2 km radius (32 points) or a small
 *       square, within about 5 km of a facility of the registry; levels and claim types at random;
 *       spans from a day to ten years between 1995 and 2026, 3% open at the start, 3% at the end;
 *   <li>change events: a small building polygon near a facility, bracket of up to a year within
 *       2015..2026, kinds at random (illustrative).
 * </ul>
 */
public final class MapScaleData {
  public static final double WEST = 124.3;
  public static final double SOUTH = 37.7;
  public static final double EAST = 130.7;
  public static final double NORTH = 43.0;

  /** How many of each. */
  public record Sizes(int scenesS2, int scenesHighRes, int events, int changeEvents) {}

  public static final Sizes DEFAULT = new Sizes(60_000, 40_000, 50_000, 20_000);

  private static final List<String> CLAIM_TYPES =
      List.of(
          "public-execution",
          "forced-labour",
          "torture",
          "death-in-custody",
          "starvation",
          "sexual-violence",
          "arbitrary-detention",
          "execution");

  private MapScaleData() {}

  /** Seeds with the default sizes. */
  public static void seed(Jdbi owner) {
    seed(owner, DEFAULT);
  }

  /**
   * Adds the data through {@code owner} (the schema owner or a superuser: it runs VACUUM).
   *
   * @throws IllegalStateException when the registry holds no facility (load the sample first)
   */
  public static void seed(Jdbi owner, Sizes sizes) {
    owner.useHandle(
        h -> {
          int facilities =
              h.createQuery("SELECT count(*) FROM facility WHERE deleted_at IS NULL")
                  .mapTo(Integer.class)
                  .one();
          if (facilities == 0) {
            throw new IllegalStateException("no facility: load the sample data first");
          }
          h.execute("SELECT setseed(0.13)");
          h.execute(
              """
              CREATE TEMP TABLE bench_facility AS
              SELECT row_number() OVER (ORDER BY id) AS n, id,
                     ST_X(ST_PointOnSurface(location)) AS lon, ST_Y(ST_PointOnSurface(location)) AS lat
                FROM facility WHERE deleted_at IS NULL""");
          h.createUpdate(
                  """
                  INSERT INTO scene (collection, id, acquired_at, footprint, bbox_west, bbox_south, bbox_east,
                                     bbox_north, platform, constellation, instruments, gsd_m, cloud_cover_pct,
                                     providers, license, thumbnail_url, stac_version, item, content_sha256,
                                     ingested_at, ingested_by)
                  SELECT 'bench-sentinel-2-l2a', 'S2_BENCH_T' || tx || '_' || ty || '_' || i,
                         at, ST_Multi(ST_MakeEnvelope(w, s, w + 1.0, s + 0.9, 4326)), w, s, w + 1.0, s + 0.9,
                         'sentinel-2a', 'sentinel-2', ARRAY['msi'], 10, round((random() * 100)::numeric, 2),
                         ARRAY['ESA'], 'proprietary', 'https://example.org/bench/' || i || '.jpg', '1.0.0',
                         json_build_object('type', 'Feature', 'stac_version', '1.0.0', 'id', 'S2_BENCH_' || i,
                           'properties', json_build_object('datetime', at, 'platform', 'sentinel-2a',
                             'eo:cloud_cover', 50, 'gsd', 10, 'note', repeat('benchmark ', 60))),
                         md5('s2' || i) || md5('s2' || i), now(), 'bench'
                    FROM (SELECT i, i % 42 AS tile, (i % 42) % 7 AS tx, (i % 42) / 7 AS ty,
                                 124.3 + ((i % 42) % 7) * 0.9 AS w, 37.7 + ((i % 42) / 7) * 0.88 AS s,
                                 timestamptz '2015-06-23T02:00:00Z' + (random() * 4200) * interval '1 day' AS at
                            FROM generate_series(1, :n) AS i) g""")
              .bind("n", sizes.scenesS2())
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO scene (collection, id, acquired_at, footprint, bbox_west, bbox_south, bbox_east,
                                     bbox_north, platform, constellation, instruments, gsd_m, cloud_cover_pct,
                                     providers, license, thumbnail_url, stac_version, item, content_sha256,
                                     ingested_at, ingested_by)
                  SELECT 'bench-high-res', 'HR_BENCH_' || i, at, fp,
                         ST_XMin(fp), ST_YMin(fp), ST_XMax(fp), ST_YMax(fp),
                         'worldview-3', 'maxar', ARRAY['wv110'], gsd, cloud, ARRAY['Maxar'], 'proprietary',
                         'https://example.org/bench/hr/' || i || '.jpg', '1.0.0',
                         json_build_object('type', 'Feature', 'stac_version', '1.0.0', 'id', 'HR_BENCH_' || i,
                           'properties', json_build_object('datetime', at, 'platform', 'worldview-3',
                             'eo:cloud_cover', cloud, 'gsd', gsd, 'note', repeat('benchmark ', 60))),
                         md5('hr' || i) || md5('hr' || i), now(), 'bench'
                    FROM (SELECT i, at, gsd, cloud,
                                 ST_Multi(ST_Rotate(ST_MakeEnvelope(x, y, x + size, y + size * 0.8, 4326),
                                                    rot, ST_MakePoint(x, y))) AS fp
                            FROM (SELECT i, 124.4 + random() * 6.1 AS x, 37.8 + random() * 5.0 AS y,
                                         0.05 + random() * 0.1 AS size, (random() - 0.5) * 0.2 AS rot,
                                         round((0.3 + random() * 0.9)::numeric, 2) AS gsd,
                                         round((random() * 60)::numeric, 1) AS cloud,
                                         timestamptz '2015-01-01T01:00:00Z' + (random() * 4300) * interval '1 day' AS at
                                    FROM generate_series(1, :n) AS i) r) g""")
              .bind("n", sizes.scenesHighRes())
              .execute();
          // Written without SceneStore: the collections' summaries rebuilt (V022).
          h.execute("SELECT sightline_rebuild_scene_collections()");
          h.createUpdate(
                  """
                  INSERT INTO corroborated_event (event_key, level, independent_sources, source_kinds, claim_types,
                                                  time_earliest, time_latest, place, facility_ids, explanation,
                                                  synthetic, computed_at)
                  SELECT 'bench-event-' || i, lvl, CASE lvl WHEN 'single-source' THEN 1
                                                     WHEN 'corroborated' THEN 2 ELSE 3 END,
                         ARRAY['testimony', 'imagery'],
                         ARRAY[(CAST(:types AS text[]))[1 + (i % cardinality(CAST(:types AS text[])))]],
                         CASE WHEN random() < 0.03 THEN NULL ELSE t0 END,
                         CASE WHEN random() < 0.03 THEN NULL ELSE t0 + span END,
                         CASE WHEN i % 3 = 0
                              THEN ST_MakeEnvelope(x - 0.004, y - 0.003, x + 0.004, y + 0.003, 4326)
                              ELSE ST_Buffer(ST_SetSRID(ST_MakePoint(x, y), 4326), radius, 8) END,
                         ARRAY[f.id], '{"benchmark": true}'::jsonb, true, now()
                    FROM (SELECT i, 1 + (i % (SELECT count(*) FROM bench_facility)) AS fn,
                                 (ARRAY['single-source', 'corroborated', 'strongly-corroborated'])[1 + (i % 3 + i / 3) % 3] AS lvl,
                                 date '1995-01-01' + (random() * 11300)::int AS t0,
                                 (CASE WHEN random() < 0.5 THEN random() * 60 ELSE random() * 3650 END)::int AS span,
                                 (random() - 0.5) * 0.1 AS dx, (random() - 0.5) * 0.08 AS dy,
                                 0.002 + random() * 0.018 AS radius
                            FROM generate_series(1, :n) AS i) r
                    JOIN bench_facility f ON f.n = r.fn,
                    LATERAL (SELECT f.lon + r.dx AS x, f.lat + r.dy AS y) p""")
              .bind("n", sizes.events())
              .bind("types", CLAIM_TYPES.toArray(String[]::new))
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO change_event (facility_id, event_key, identity_id, kind, structure_class, condition,
                                            earliest, latest, earliest_observation_id, earliest_scene_id,
                                            latest_observation_id, latest_scene_id, size, geometry, confidence,
                                            statement_en, statement_ko, illustrative, computed_at)
                  SELECT f.id, 'bench-change-' || i, 1000000 + i,
                         (ARRAY['appeared', 'disappeared', 'expanded', 'reduced', 'changed-class',
                                'changed-condition', 'moved'])[1 + i % 7],
                         (ARRAY['prisoner-housing', 'guard-post', 'light-industry', 'agriculture'])[1 + i % 4],
                         'intact', t0, t0 + (random() * 365)::int, 1, 'bench-a', 2, 'bench-b', 400,
                         ST_MakeEnvelope(f.lon + dx, f.lat + dy, f.lon + dx + 0.0004, f.lat + dy + 0.0003, 4326),
                         'likely', 'A benchmark building changed', '벤치마크 건물이 바뀌었다', true, now()
                    FROM (SELECT i, 1 + (i % (SELECT count(*) FROM bench_facility)) AS fn,
                                 date '2015-01-01' + (random() * 4000)::int AS t0,
                                 (random() - 0.5) * 0.05 AS dx, (random() - 0.5) * 0.04 AS dy
                            FROM generate_series(1, :n) AS i) r
                    JOIN bench_facility f ON f.n = r.fn""")
              .bind("n", sizes.changeEvents())
              .execute();
          h.execute("DROP TABLE bench_facility");
        });
    owner.useHandle(
        h -> {
          h.execute("VACUUM ANALYZE scene");
          h.execute("VACUUM ANALYZE corroborated_event");
          h.execute("VACUUM ANALYZE change_event");
          h.execute("ANALYZE");
        });
  }
}
