package org.sightline.geodata.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;

/**
 * A facility's time series: one {@link SeriesPoint} per observation, and statements comparing two
 * points ("housing units 43 -> 51, +19%"). Stateless and thread-safe.
 *
 * <p>What a point counts: every drawing of the observation except those razed or destroyed (their
 * sites are drawn to record the change, but they are no longer standing structures). Areas and
 * lengths are measured on the WGS 84 ellipsoid; the not-assessable share is computed in the
 * facility's metric projection ({@link MetricProjection}), as a ratio of areas.
 */
public final class StructureSeries {
  /** How far the convex hull of the drawings is widened when a facility has no area, metres. */
  public static final double HULL_BUFFER_M = 10;

  private StructureSeries() {}

  /**
   * One point per observation, in ({@code sceneDate}, {@code id}) order.
   *
   * @param facilityArea the facility's area on a scene date (its boundary valid then), EPSG:4326,
   *     or null when it has none; then the area is the convex hull of every drawing of the facility
   *     widened by {@link #HULL_BUFFER_M}. With neither (no boundary, nothing drawn) the share is
   *     0.
   * @throws InvalidDataException when an observation breaks a rule (see {@link StructureTracker})
   */
  public static List<SeriesPoint> of(
      List<Observation> observations, Function<LocalDate, Geometry> facilityArea) {
    List<Observation> ordered = ObservationChecks.inOrder(observations);
    Envelope drawn = new Envelope();
    List<Geometry> everyDrawing = new ArrayList<>();
    for (Observation observation : ordered) {
      for (ObservedStructure structure : observation.structures()) {
        drawn.expandToInclude(structure.geometry().getEnvelopeInternal());
        everyDrawing.add(structure.geometry());
      }
    }
    Geometry hull = null;
    MetricProjection hullProjection = null;
    if (!everyDrawing.isEmpty()) {
      Geometry all = Geometries.FACTORY.buildGeometry(everyDrawing);
      hullProjection = MetricProjection.centredOn(all);
      hull = hullProjection.project(all.convexHull()).buffer(HULL_BUFFER_M);
    }

    List<SeriesPoint> points = new ArrayList<>();
    for (Observation observation : ordered) {
      Geometry boundary = facilityArea == null ? null : facilityArea.apply(observation.sceneDate());
      if (boundary != null && !(boundary instanceof Polygonal)) {
        throw new InvalidDataException(
            "facility area on "
                + observation.sceneDate()
                + ": must be a Polygon or MultiPolygon, not "
                + boundary.getGeometryType());
      }
      double notAssessable = 0;
      if (boundary != null && !boundary.isEmpty()) {
        MetricProjection projection = MetricProjection.centredOn(boundary);
        Envelope around = new Envelope(boundary.getEnvelopeInternal());
        around.expandBy(StructureTracker.SURROUNDINGS_DEG);
        notAssessable =
            1
                - Assessability.of(observation, projection, around)
                    .share(projection.project(boundary));
      } else if (hull != null) {
        Envelope around = new Envelope(drawn);
        around.expandBy(StructureTracker.SURROUNDINGS_DEG);
        notAssessable = 1 - Assessability.of(observation, hullProjection, around).share(hull);
      }
      points.add(point(observation, notAssessable));
    }
    return List.copyOf(points);
  }

  private static SeriesPoint point(Observation observation, double notAssessableShare) {
    Map<StructureClass, Integer> counts = new EnumMap<>(StructureClass.class);
    Map<StructureClass, Double> areas = new EnumMap<>(StructureClass.class);
    for (StructureClass structureClass : StructureClass.values()) {
      counts.put(structureClass, 0);
      areas.put(structureClass, 0.0);
    }
    double perimeterM = 0;
    for (ObservedStructure structure : observation.structures()) {
      if (!standing(structure.condition())) {
        continue;
      }
      StructureClass structureClass = structure.structureClass();
      counts.merge(structureClass, 1, Integer::sum);
      if (!StructureSize.isLine(structure.geometry())) {
        areas.merge(structureClass, StructureSize.areaSqm(structure.geometry()), Double::sum);
      }
      if (structureClass == StructureClass.PERIMETER) {
        perimeterM += StructureSize.lengthM(structure.geometry());
      }
    }
    return new SeriesPoint(
        observation.id(),
        observation.sceneId(),
        observation.sceneDate(),
        observation.confidence(),
        counts,
        areas,
        perimeterM,
        Math.max(0, Math.min(1, notAssessableShare)));
  }

  /** Whether a structure in this condition is counted: razed and destroyed ones are not. */
  public static boolean standing(StructureCondition condition) {
    return condition != StructureCondition.RAZED && condition != StructureCondition.DESTROYED;
  }

  /**
   * The change of one class between two points: count (and area) before and after, with the
   * statement ("Between 2011-06-19 and 2013-02-12 the number of housing units increased 19%, from
   * 43 to 51.").
   */
  public static Comparison compare(
      SeriesPoint from, SeriesPoint to, StructureClass structureClass) {
    int fromCount = from.counts().getOrDefault(structureClass, 0);
    int toCount = to.counts().getOrDefault(structureClass, 0);
    return new Comparison(
        structureClass,
        from,
        to,
        fromCount,
        toCount,
        ChangeStatements.changePct(fromCount, toCount),
        from.builtUpAreaSqm().getOrDefault(structureClass, 0.0),
        to.builtUpAreaSqm().getOrDefault(structureClass, 0.0),
        ChangeStatements.countChange(
            structureClass, from.sceneDate(), to.sceneDate(), fromCount, toCount));
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

  /**
   * The change of the facility's perimeter length between two points, with the statement ("Between
   * 2003-05-01 and 2010-09-20 the perimeter grew 72%, from 2,400 m to 4,130 m.").
   */
  public static PerimeterComparison comparePerimeter(SeriesPoint from, SeriesPoint to) {
    return new PerimeterComparison(
        from,
        to,
        from.perimeterLengthM(),
        to.perimeterLengthM(),
        ChangeStatements.changePct(from.perimeterLengthM(), to.perimeterLengthM()),
        ChangeStatements.perimeterChange(
            from.sceneDate(), to.sceneDate(), from.perimeterLengthM(), to.perimeterLengthM()));
  }

  /**
   * @param changePct relative change of the length in percent, rounded, or null when {@code
   *     fromLengthM} is 0
   */
  public record PerimeterComparison(
      SeriesPoint from,
      SeriesPoint to,
      double fromLengthM,
      double toLengthM,
      Integer changePct,
      Statement statement) {}
}
