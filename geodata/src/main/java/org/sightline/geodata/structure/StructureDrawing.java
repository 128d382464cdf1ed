package org.sightline.geodata.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.CheckedGeometry;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.geom.Measures;

/**
 * The geometry rules of a drawn structure and of an area that could not be assessed: GeoJSON read
 * with the vertex limit, valid, inside the Korea region, at most {@link #MAX_AREA_SQ_KM}; every
 * class may be a Polygon or MultiPolygon, only {@link StructureClass#PERIMETER} also a LineString
 * or MultiLineString (a fence or wall); points are refused (a structure is drawn as its outline).
 * EPSG:4326, longitude/latitude. Stateless and thread-safe.
 */
public final class StructureDrawing {
  /** The largest drawing accepted, km² on the ellipsoid (a whole mining area still fits). */
  public static final double MAX_AREA_SQ_KM = 100;

  private static final GeometryCheck POLYGONS =
      new GeometryCheck(
          GeometryCheck.KOREA_REGION, Set.of("Polygon", "MultiPolygon"), MAX_AREA_SQ_KM);
  private static final GeometryCheck POLYGONS_OR_LINES =
      new GeometryCheck(
          GeometryCheck.KOREA_REGION,
          Set.of("Polygon", "MultiPolygon", "LineString", "MultiLineString"),
          MAX_AREA_SQ_KM);

  private StructureDrawing() {}

  /**
   * One structure's checked geometry.
   *
   * @param path how the request names the field, e.g. {@code structures[3].geometry}
   * @throws InvalidDataException naming the path and every problem
   */
  public static Geometry structure(JsonNode geometry, String path, StructureClass structureClass) {
    if (geometry == null || geometry.isNull()) {
      throw new InvalidDataException(path + " is required: a GeoJSON Polygon or MultiPolygon");
    }
    String type = geometry.path("type").asText("");
    if (type.equals("Point") || type.equals("MultiPoint")) {
      throw new InvalidDataException(
          path + ": a " + type + " is not a structure; draw the structure's outline (a Polygon)");
    }
    if ((type.equals("LineString") || type.equals("MultiLineString"))
        && !structureClass.mayBeLine()) {
      throw new InvalidDataException(
          path
              + ": a "
              + type
              + " may only be a perimeter (fence or wall); draw each "
              + structureClass.nounEn(1)
              + " as a Polygon");
    }
    GeometryCheck check = structureClass.mayBeLine() ? POLYGONS_OR_LINES : POLYGONS;
    return CheckedGeometry.unrepaired(geometry, path, check).geometry();
  }

  /** An unassessable area's checked geometry: a Polygon or MultiPolygon. */
  public static Geometry unassessable(JsonNode geometry, String path) {
    if (geometry == null || geometry.isNull()) {
      throw new InvalidDataException(path + " is required: a GeoJSON Polygon or MultiPolygon");
    }
    return CheckedGeometry.unrepaired(geometry, path, POLYGONS).geometry();
  }

  /** Area in m² on the WGS 84 ellipsoid (0 for lines). */
  public static double areaSqm(Geometry geometry) {
    return Measures.areaSqKm(geometry) * 1e6;
  }

  /** Outline length (polygons) or length (lines) in m on the WGS 84 ellipsoid. */
  public static double lengthM(Geometry geometry) {
    return Measures.lengthKm(geometry) * 1000;
  }
}
