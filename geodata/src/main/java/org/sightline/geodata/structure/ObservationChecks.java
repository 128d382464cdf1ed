package org.sightline.geodata.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.sightline.geodata.InvalidDataException;

/**
 * The rules every list of observations of one facility must follow before tracking or a series: the
 * fields present, observation and drawing ids unique, polygons everywhere except perimeter lines.
 * Stateless.
 */
final class ObservationChecks {
  /** Scene date, then id: the order of a facility's observations. */
  static final Comparator<Observation> ORDER =
      Comparator.comparing(Observation::sceneDate).thenComparingLong(Observation::id);

  private ObservationChecks() {}

  /**
   * The observations checked, in ({@code sceneDate}, {@code id}) order.
   *
   * @throws InvalidDataException listing every problem, each naming the observation and drawing
   */
  static List<Observation> inOrder(List<Observation> observations) {
    List<String> problems = new ArrayList<>();
    Set<Long> observationIds = new HashSet<>();
    Set<Long> drawingIds = new HashSet<>();
    for (Observation observation : observations) {
      if (observation == null) {
        problems.add("observations: a null observation");
        continue;
      }
      String where = "observation " + observation.id();
      if (!observationIds.add(observation.id())) {
        problems.add(where + ": id appears twice");
      }
      if (observation.sceneId() == null || observation.sceneId().isBlank()) {
        problems.add(where + ": sceneId is missing");
      }
      if (observation.sceneDate() == null) {
        problems.add(where + ": sceneDate is missing");
      }
      if (observation.confidence() == null) {
        problems.add(where + ": confidence is missing");
      }
      if (!polygonal(observation.sceneFootprint())) {
        problems.add(where + ": sceneFootprint must be a non-empty Polygon or MultiPolygon");
      }
      for (ObservedStructure structure : observation.structures()) {
        checkStructure(where, structure, drawingIds, problems);
      }
      for (UnassessableArea area : observation.unassessable()) {
        if (area == null || area.reason() == null || !polygonal(area.geometry())) {
          problems.add(
              where + ": every unassessable area needs a reason and a Polygon or MultiPolygon");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    return observations.stream().sorted(ORDER).toList();
  }

  private static void checkStructure(
      String where, ObservedStructure structure, Set<Long> drawingIds, List<String> problems) {
    if (structure == null) {
      problems.add(where + ": a null structure");
      return;
    }
    String what = where + ", structure " + structure.id();
    if (!drawingIds.add(structure.id())) {
      problems.add(what + ": id appears twice in the facility's observations");
    }
    if (structure.structureClass() == null) {
      problems.add(what + ": class is missing");
    }
    if (structure.condition() == null) {
      problems.add(what + ": condition is missing");
    }
    Geometry geometry = structure.geometry();
    if (geometry == null || geometry.isEmpty()) {
      problems.add(what + ": geometry is missing");
    } else if (geometry instanceof Lineal) {
      if (structure.structureClass() != null && !structure.structureClass().mayBeLine()) {
        problems.add(
            what
                + ": only class perimeter may be a line, not "
                + structure.structureClass().code());
      }
    } else if (!(geometry instanceof Polygonal)) {
      problems.add(
          what
              + ": geometry must be a Polygon or MultiPolygon (perimeter: also a LineString or"
              + " MultiLineString), not "
              + geometry.getGeometryType());
    }
  }

  private static boolean polygonal(Geometry geometry) {
    return geometry instanceof Polygonal && !geometry.isEmpty();
  }
}
