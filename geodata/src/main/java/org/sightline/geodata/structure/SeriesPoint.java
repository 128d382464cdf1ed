package org.sightline.geodata.structure;

import java.time.LocalDate;
import java.util.Map;

/**
 * A facility's structures as seen in one observation.
 *
 * @param counts structures present, per class (every class, zero included); razed and destroyed
 *     ones are drawn but not counted ({@link StructureSeries#standing})
 * @param builtUpAreaSqm area of the polygons present, per class (every class), m² on the ellipsoid
 *     (razed and destroyed ones not counted)
 * @param perimeterLengthM length of the perimeter structures present (lines: length; polygons:
 *     their outline), m (razed and destroyed ones not counted)
 * @param notAssessableShare share (0..1) of the facility's area not assessable in this scene
 */
public record SeriesPoint(
    long observationId,
    String sceneId,
    LocalDate sceneDate,
    EstimativeConfidence confidence,
    Map<StructureClass, Integer> counts,
    Map<StructureClass, Double> builtUpAreaSqm,
    double perimeterLengthM,
    double notAssessableShare) {
  public SeriesPoint {
    counts = Map.copyOf(counts);
    builtUpAreaSqm = Map.copyOf(builtUpAreaSqm);
  }
}
