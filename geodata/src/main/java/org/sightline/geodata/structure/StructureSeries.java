package org.sightline.geodata.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * A facility's time series: one {@link SeriesPoint} per observation, and statements comparing two
 * points ("housing units 43 -> 51, +18%"). Stateless and thread-safe.
 */
public final class StructureSeries {
  private StructureSeries() {}

  /**
   * One point per observation, in scene-date order.
   *
   * @param facilityArea the facility's area on a scene date (its boundary valid then), EPSG:4326,
   *     or null when it has none; then the area is the convex hull of every drawing of the facility
   */
  public static List<SeriesPoint> of(
      List<Observation> observations, Function<LocalDate, Geometry> facilityArea) {
    return List.of(); // TODO(issue 11)
  }

  /**
   * The change of one class between two points: count (and area) before and after, with the
   * statement.
   */
  public static Comparison compare(
      SeriesPoint from, SeriesPoint to, StructureClass structureClass) {
    return new Comparison(
        structureClass, from, to, 0, 0, null, 0, 0, new Statement("", "")); // TODO
  }

  /**
   * @param changePct relative change of the count in percent, rounded, or null when {@code
   *     fromCount} is 0
   */
  public record Comparison(
      StructureClass structureClass,
      SeriesPoint from,
      SeriesPoint to,
      int fromCount,
      int toCount,
      Integer changePct,
      double fromAreaSqm,
      double toAreaSqm,
      Statement statement) {}
}
