package org.sightline.geodata.corroboration;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.structure.IntersectionArea;
import org.sightline.geodata.structure.MetricProjection;

/**
 * The exact place test of two regions and the measures an explanation reports. Distances are
 * measured in a {@link MetricProjection} centred on the pair's common envelope, so the test is
 * symmetric and true to about 0.1% within a few kilometres of that centre. Stateless and
 * thread-safe.
 */
final class PairGeometry {
  private PairGeometry() {}

  /** Whether the regions lie within {@code toleranceM} metres (intersect, touching, when 0). */
  static boolean within(Geometry a, Geometry b, double toleranceM) {
    MetricProjection projection = projectionFor(a, b);
    return DistanceOp.isWithinDistance(projection.project(a), projection.project(b), toleranceM);
  }

  /** The distance between the regions in metres; 0 when they intersect. */
  static double distanceM(Geometry a, Geometry b) {
    if (a.intersects(b)) {
      return 0;
    }
    MetricProjection projection = projectionFor(a, b);
    return DistanceOp.distance(projection.project(a), projection.project(b));
  }

  /**
   * The area common to both, m², measured in the pair's sinusoidal projection, which is equal-area
   * (true to about 0.1% within a few kilometres of its centre); 0 when they only touch or are
   * points. Convex regions (circles) are clipped directly ({@link IntersectionArea}).
   */
  static double overlapSqm(Geometry a, Geometry b) {
    Geometry pa = polygonal(a);
    Geometry pb = polygonal(b);
    if (pa.isEmpty()
        || pb.isEmpty()
        || !pa.getEnvelopeInternal().intersects(pb.getEnvelopeInternal())) {
      return 0;
    }
    MetricProjection projection = projectionFor(pa, pb);
    return IntersectionArea.of(
        IntersectionArea.Operand.of(projection.project(pa)),
        IntersectionArea.Operand.of(projection.project(pb)));
  }

  /** The polygons of a region (a collection's points dropped); empty for a point. */
  static Geometry polygonal(Geometry region) {
    if (region instanceof Polygonal) {
      return region;
    }
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < region.getNumGeometries(); i++) {
      Geometry part = region.getGeometryN(i);
      for (int k = 0; k < part.getNumGeometries(); k++) {
        if (part.getGeometryN(k) instanceof Polygon polygon) {
          polygons.add(polygon);
        }
      }
    }
    return Geometries.FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
  }

  private static MetricProjection projectionFor(Geometry a, Geometry b) {
    Envelope both = new Envelope(a.getEnvelopeInternal());
    both.expandToInclude(b.getEnvelopeInternal());
    return MetricProjection.centredOn(Geometries.FACTORY.toGeometry(both));
  }
}
