package org.sightline.geodata.structure;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.sightline.geodata.geom.Measures;

/**
 * The size of a drawing on the WGS 84 ellipsoid: area in m² for polygons, length in m for lines.
 * Input EPSG:4326, longitude/latitude. Stateless and thread-safe.
 */
final class StructureSize {
  private StructureSize() {}

  static boolean isLine(Geometry geometry) {
    return geometry instanceof Lineal;
  }

  /** Area in m² (polygons) or length in m (lines). */
  static double of(Geometry geometry) {
    return isLine(geometry) ? lengthM(geometry) : areaSqm(geometry);
  }

  static double areaSqm(Geometry geometry) {
    return Measures.areaSqKm(geometry) * 1e6;
  }

  /** Length of lines, outline of polygons, in m. */
  static double lengthM(Geometry geometry) {
    return Measures.lengthKm(geometry) * 1000;
  }
}
