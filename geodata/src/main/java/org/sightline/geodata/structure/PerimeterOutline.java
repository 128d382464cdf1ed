package org.sightline.geodata.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;

/**
 * The area a facility's observed perimeter encloses, proposed as a boundary: perimeter polygons are
 * taken as drawn (the area inside a wall), perimeter lines (fences) are noded and polygonized into
 * the areas they close; when the lines close nothing (a fence with a gap), the proposal is their
 * convex hull and says so. EPSG:4326, longitude/latitude. Stateless and thread-safe.
 */
public final class PerimeterOutline {
  private PerimeterOutline() {}

  /** How the outline was made. */
  public enum Method {
    /** The union of the perimeter polygons and of the areas the perimeter lines close. */
    ENCLOSED("enclosed"),
    /** The lines close no area: their convex hull, to be checked by the analyst. */
    CONVEX_HULL("convex-hull");

    private final String code;

    Method(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * A proposed outline.
   *
   * @param geometry a valid MultiPolygon, EPSG:4326
   * @param drawings how many perimeter drawings it was made from
   */
  public record Outline(MultiPolygon geometry, Method method, int drawings) {}

  /**
   * The outline of the perimeter drawings among {@code structures}.
   *
   * @throws InvalidDataException when there is no perimeter drawing
   */
  public static Outline of(Collection<ObservedStructure> structures) {
    List<Geometry> polygons = new ArrayList<>();
    List<Geometry> lines = new ArrayList<>();
    int drawings = 0;
    for (ObservedStructure s : structures) {
      if (s.structureClass() != StructureClass.PERIMETER) {
        continue;
      }
      drawings++;
      for (int i = 0; i < s.geometry().getNumGeometries(); i++) {
        Geometry part = s.geometry().getGeometryN(i);
        if (part instanceof Polygon) {
          polygons.add(part);
        } else if (part instanceof LineString) {
          lines.add(part);
        }
      }
    }
    if (drawings == 0) {
      throw new InvalidDataException(
          "the observation has no perimeter drawing (class perimeter: walls and fences), so no"
              + " boundary can be proposed from it");
    }
    Method method = Method.ENCLOSED;
    if (!lines.isEmpty()) {
      Polygonizer polygonizer = new Polygonizer(true);
      polygonizer.add(UnaryUnionOp.union(lines));
      @SuppressWarnings("unchecked")
      Collection<Polygon> closed = polygonizer.getPolygons();
      if (closed.isEmpty()) {
        polygons.add(Geometries.FACTORY.buildGeometry(lines).convexHull());
        method = Method.CONVEX_HULL;
      } else {
        polygons.addAll(closed);
      }
    }
    Geometry union = UnaryUnionOp.union(polygons);
    List<Polygon> parts = new ArrayList<>();
    for (int i = 0; i < union.getNumGeometries(); i++) {
      if (union.getGeometryN(i) instanceof Polygon p && !p.isEmpty() && p.getArea() > 0) {
        parts.add(p);
      }
    }
    if (parts.isEmpty()) {
      throw new InvalidDataException(
          "the perimeter drawings enclose no area (a single straight fence?); draw the perimeter"
              + " around the facility to propose a boundary from it");
    }
    MultiPolygon outline = Geometries.FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
    outline.setSRID(Geometries.SRID_WGS84);
    return new Outline(outline, method, drawings);
  }
}
