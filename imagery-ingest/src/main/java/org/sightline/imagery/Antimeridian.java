package org.sightline.imagery;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.geom.Geometries;

/**
 * Footprints that cross the antimeridian. A ring written with longitudes jumping from about +180 to
 * about -180 (as many STAC producers do) spans more than 180 degrees of longitude when read
 * literally and wraps the wrong way round the globe. Such a polygon is unwrapped into 0..360, cut
 * at 180, and the eastern part shifted back: the result is a MultiPolygon whose parts each lie
 * within -180..180 (RFC 7946, section 3.1.9). Stateless.
 */
public final class Antimeridian {
  private Antimeridian() {}

  /** A longitude in -360..360 brought into -180..180. */
  public static double wrap(double lonDeg) {
    if (lonDeg < -180) {
      return lonDeg + 360;
    }
    if (lonDeg > 180) {
      return lonDeg - 360;
    }
    return lonDeg;
  }

  /** A copy with every longitude brought into -180..180 (the input is unchanged). */
  public static Geometry wrapLongitudes(Geometry geometry) {
    Envelope e = geometry.getEnvelopeInternal();
    if (e.getMinX() >= -180 && e.getMaxX() <= 180) {
      return geometry;
    }
    Geometry copy = geometry.copy();
    copy.apply((Coordinate c) -> c.x = wrap(c.x));
    copy.geometryChanged();
    return copy;
  }

  /** Whether a polygon's longitudes span more than 180 degrees (so it must be read as crossing). */
  public static boolean wraps(Geometry geometry) {
    var e = geometry.getEnvelopeInternal();
    return e.getMaxX() - e.getMinX() > 180;
  }

  /** The footprint split at the antimeridian when it wraps; unchanged otherwise. */
  public static Geometry normalise(Geometry geometry) {
    if (!wraps(geometry)) {
      return geometry;
    }
    List<Polygon> parts = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      Geometry unwrapped = part.copy();
      unwrapped.apply(
          (Coordinate c) -> {
            if (c.x < 0) {
              c.x += 360;
            }
          });
      unwrapped.geometryChanged();
      Geometry west = unwrapped.intersection(Geometries.box(0, -90, 180, 90));
      Geometry east = unwrapped.intersection(Geometries.box(180, -90, 360, 90));
      east.apply((Coordinate c) -> c.x -= 360);
      east.geometryChanged();
      collect(west, parts);
      collect(east, parts);
    }
    return Geometries.FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
  }

  private static void collect(Geometry geometry, List<Polygon> into) {
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
        into.add(polygon);
      }
    }
  }
}
