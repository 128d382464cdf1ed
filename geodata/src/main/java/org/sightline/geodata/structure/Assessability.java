package org.sightline.geodata.structure;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.sightline.geodata.geom.Geometries;

/**
 * What of a facility could be assessed in one observation: the scene's footprint minus every
 * unassessable area (cloud, shadow, ...), in the facility's metric projection. The footprint is
 * first cut to the facility's surroundings (in degrees), so that a scene 100 km wide is not
 * projected whole. Immutable; not shared between threads by its users.
 */
final class Assessability {
  private final Geometry assessable;
  private final PreparedGeometry prepared;

  private Assessability(Geometry assessable) {
    this.assessable = assessable;
    this.prepared = PreparedGeometryFactory.prepare(assessable);
  }

  /**
   * @param around the facility's surroundings, EPSG:4326 degrees; everything that will be asked
   *     about lies inside it
   */
  static Assessability of(Observation observation, MetricProjection projection, Envelope around) {
    Geometry footprint =
        OverlayNGRobust.overlay(
            observation.sceneFootprint(),
            Geometries.FACTORY.toGeometry(around),
            OverlayNG.INTERSECTION);
    Geometry assessable = projection.project(footprint);
    List<Geometry> hidden = new ArrayList<>();
    for (UnassessableArea area : observation.unassessable()) {
      if (area.geometry().getEnvelopeInternal().intersects(around)) {
        hidden.add(projection.project(area.geometry()));
      }
    }
    if (!hidden.isEmpty()) {
      assessable =
          OverlayNGRobust.overlay(assessable, OverlayNGRobust.union(hidden), OverlayNG.DIFFERENCE);
    }
    return new Assessability(assessable);
  }

  /**
   * The share (0..1) of {@code place} (metric, polygonal) that lies inside the footprint and
   * outside every unassessable area; for a place without area, 1 when it is covered, else 0.
   */
  double share(Geometry place) {
    if (place.isEmpty() || !prepared.intersects(place)) {
      return 0;
    }
    if (prepared.containsProperly(place)) {
      return 1;
    }
    double area = place.getArea();
    if (area <= 0) {
      return prepared.covers(place) ? 1 : 0;
    }
    double inside = OverlayNGRobust.overlay(place, assessable, OverlayNG.INTERSECTION).getArea();
    return Math.min(1, inside / area);
  }
}
