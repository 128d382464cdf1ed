package org.sightline.server.catalogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.visibility.Visibility;

/**
 * Which scenes cover a facility, and how well: each scene whose footprint intersects the
 * facility's area on the scene's date (the boundary version valid that day, else a circle of
 * {@code bufferM} around its location), with the fraction of that area covered (ellipsoidal areas,
 * PostGIS geography), cloud cover (the facility-level figure when the Item carries one, else the
 * scene's) and gsd. Thread-safe.
 */
public final class FacilityCoverage {
  /** Radius of the area used for a facility without a boundary, metres. */
  public static final double DEFAULT_BUFFER_M = 1_000;
  private final Jdbi jdbi;

  public FacilityCoverage(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * One scene over the facility.
   *
   * @param coveredFraction 0..1 of the facility's area inside the footprint
   * @param cloudPct facility-level cloud cover when the Item has it ({@code sightline:site_cloud_pct}),
   *     else scene cloud cover, else null
   * @param areaSource {@code boundary} or {@code buffer}
   */
  public record SceneCover(String collection, String id, Instant acquiredAt, String platform, Double gsdM,
      Double cloudPct, double coveredFraction, String areaSource) {

    /** Usable: enough of the facility covered, cloud not above the limit (unknown cloud counts as usable
     *  only when {@code unknownCloudUsable}), fine enough resolution. */
    public boolean usable(Criteria criteria) {
      return coveredFraction >= criteria.minCoverage()
          && (cloudPct == null ? criteria.unknownCloudUsable() : cloudPct <= criteria.maxCloudPct())
          && (criteria.maxGsdM() == null || (gsdM != null && gsdM <= criteria.maxGsdM()));
    }
  }

  /** What makes a scene usable. */
  public record Criteria(double minCoverage, double maxCloudPct, Double maxGsdM, boolean unknownCloudUsable) {}

  /** Scenes over a facility the caller may see, in [from, to] (either may be null), oldest first. */
  public List<SceneCover> scenes(String facilityId, Visibility visibility, Instant from, Instant to, double bufferM) {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT s.collection, s.id, s.acquired_at, s.platform, s.gsd_m,
                   coalesce(CAST(s.item -> 'properties' ->> 'sightline:site_cloud_pct' AS double precision),
                            s.cloud_cover_pct) AS cloud,
                   least(1.0, ST_Area(ST_Intersection(s.footprint, a.area)::geography) / ST_Area(a.area::geography)) AS covered,
                   a.source
              FROM facility f
              JOIN scene s ON s.footprint && ST_Expand(f.location, 1.0)
              CROSS JOIN LATERAL (
                     SELECT coalesce(b.geometry, ST_Buffer(f.location::geography, :buffer)::geometry) AS area,
                            CASE WHEN b.geometry IS NULL THEN 'buffer' ELSE 'boundary' END AS source
                       FROM (SELECT 1) one
                       LEFT JOIN facility_boundary b ON b.facility_id = f.id AND b.deleted_at IS NULL
                                                    AND b.validity @> CAST(s.acquired_at AT TIME ZONE 'UTC' AS date)) a
             WHERE f.id = :id AND\s""" + Visibility.FACILITY_PREDICATE + """
               AND ST_Intersects(s.footprint, a.area)
               AND (CAST(:from AS timestamptz) IS NULL OR s.acquired_at >= :from)
               AND (CAST(:to AS timestamptz) IS NULL OR s.acquired_at <= :to)
             ORDER BY s.acquired_at, s.collection, s.id""")
        .bind("id", facilityId)
        .bindMethods(visibility)
        .bind("buffer", bufferM)
        .bind("from", from == null ? null : from.atOffset(ZoneOffset.UTC))
        .bind("to", to == null ? null : to.atOffset(ZoneOffset.UTC))
        .map((rs, ctx) -> new SceneCover(rs.getString("collection"), rs.getString("id"),
            rs.getObject("acquired_at", OffsetDateTime.class).toInstant(), rs.getString("platform"),
            (Double) rs.getObject("gsd_m"), (Double) rs.getObject("cloud"), rs.getDouble("covered"), rs.getString("source")))
        .list());
  }
}
