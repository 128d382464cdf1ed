package org.sightline.server.testimony;

import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.locationtech.jts.geom.Geometry;

/**
 * Where "somewhere inside facility X (zone Y)" is at a claim's time, from the dated boundaries: the
 * union of the live versions valid at some day of the span (either end open). Read-only.
 */
public interface PlaceRegionDao {
  @SqlQuery(
      """
      SELECT ST_Multi(ST_Union(geometry)) FROM facility_boundary
       WHERE facility_id = :facilityId AND deleted_at IS NULL AND validity && daterange(:earliest, :latest, '[]')""")
  Optional<Geometry> boundary(
      @Bind("facilityId") String facilityId,
      @Bind("earliest") LocalDate earliest,
      @Bind("latest") LocalDate latest);

  @SqlQuery(
      """
      SELECT ST_Multi(ST_Union(geometry)) FROM zone
       WHERE facility_id = :facilityId AND zone_key = :zoneKey AND deleted_at IS NULL
         AND validity && daterange(:earliest, :latest, '[]')""")
  Optional<Geometry> zone(
      @Bind("facilityId") String facilityId,
      @Bind("zoneKey") String zoneKey,
      @Bind("earliest") LocalDate earliest,
      @Bind("latest") LocalDate latest);

  /**
   * A facility without a boundary: its location, a point taken as {@code radiusM} around it (a
   * geodesic buffer), or its polygon.
   */
  @SqlQuery(
      """
      SELECT CASE WHEN GeometryType(location) = 'POINT'
                  THEN ST_Buffer(location::geography, :radiusM, 32)::geometry ELSE location END
        FROM facility WHERE id = :facilityId AND deleted_at IS NULL""")
  Optional<Geometry> location(
      @Bind("facilityId") String facilityId, @Bind("radiusM") double radiusM);

  @SqlQuery(
      "SELECT EXISTS (SELECT 1 FROM zone WHERE facility_id = :facilityId AND zone_key = :zoneKey AND deleted_at IS NULL)")
  boolean zoneExists(@Bind("facilityId") String facilityId, @Bind("zoneKey") String zoneKey);
}
