package org.sightline.geodata.geom;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON geometry (RFC 7946: Point, LineString, MultiLineString, Polygon, MultiPolygon)
 * into JTS, with {@link Geometries#FACTORY} (SRID 4326, longitude then latitude). Structural
 * problems are reported with their JSON path, e.g. {@code geometry.coordinates[0]: ring is not
 * closed: it starts at 126.85 39.67 and ends at 126.86 39.68}. Semantic checks (validity, range,
 * size, region) are {@link GeometryCheck}'s, except the vertex limit {@link
 * GeometryCheck#MAX_VERTICES}, which is checked here first, before any JTS object is built.
 * Stateless and thread-safe.
 */
public final class GeoJsonGeometryReader {
  private static final String TYPES = "Point, LineString, MultiLineString, Polygon or MultiPolygon";

  private GeoJsonGeometryReader() {}

  /**
   * @param path how the caller names this node in messages, e.g. {@code geometry}
   * @throws InvalidGeometryException with one problem naming the path
   */
  public static Geometry read(JsonNode node, String path) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw fail(path + " is missing");
    }
    if (!node.isObject()) {
      throw fail(path + " must be a GeoJSON geometry object, got " + kind(node));
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual()) {
      throw fail(path + ".type is missing; expected " + TYPES);
    }
    JsonNode coordinates = node.get("coordinates");
    String at = path + ".coordinates";
    if (coordinates == null || !coordinates.isArray()) {
      throw fail(at + " must be an array, got " + kind(coordinates));
    }
    int nesting =
        switch (type.asText()) {
          case "LineString" -> 1;
          case "MultiLineString", "Polygon" -> 2;
          case "MultiPolygon" -> 3;
          default -> 0;
        };
    long vertices = countPositions(coordinates, nesting);
    if (vertices > GeometryCheck.MAX_VERTICES) {
      throw fail(GeometryCheck.tooManyVertices(path, vertices));
    }
    return switch (type.asText()) {
      case "Point" -> Geometries.FACTORY.createPoint(position(coordinates, at));
      case "LineString" -> Geometries.FACTORY.createLineString(positions(coordinates, at, 2));
      case "MultiLineString" -> {
        if (coordinates.isEmpty()) {
          throw fail(at + " has no lines");
        }
        LineString[] lines = new LineString[coordinates.size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] =
              Geometries.FACTORY.createLineString(
                  positions(coordinates.get(i), at + "[" + i + "]", 2));
        }
        yield Geometries.FACTORY.createMultiLineString(lines);
      }
      case "Polygon" -> polygon(coordinates, at);
      case "MultiPolygon" -> {
        if (coordinates.isEmpty()) {
          throw fail(at + " has no polygons");
        }
        Polygon[] polygons = new Polygon[coordinates.size()];
        for (int i = 0; i < polygons.length; i++) {
          polygons[i] = polygon(coordinates.get(i), at + "[" + i + "]");
        }
        yield Geometries.FACTORY.createMultiPolygon(polygons);
      }
      default ->
          throw fail(path + ".type '" + type.asText() + "' is not supported; expected " + TYPES);
    };
  }

  /**
   * Positions in {@code node}, nested {@code nesting} arrays deep; counted before anything is
   * built.
   */
  private static long countPositions(JsonNode node, int nesting) {
    if (nesting == 0 || !node.isArray()) {
      return 0;
    }
    if (nesting == 1) {
      return node.size();
    }
    long count = 0;
    for (JsonNode child : node) {
      count += countPositions(child, nesting - 1);
    }
    return count;
  }

  private static Polygon polygon(JsonNode rings, String at) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw fail(
          at + " must be an array of linear rings (the outer ring first), got " + kind(rings));
    }
    LinearRing shell = ring(rings.get(0), at + "[0]");
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), at + "[" + i + "]");
    }
    return Geometries.FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode node, String at) {
    Coordinate[] points = positions(node, at, 4);
    Coordinate first = points[0];
    Coordinate last = points[points.length - 1];
    if (!first.equals2D(last)) {
      throw fail(
          at
              + ": ring is not closed: it starts at "
              + format(first)
              + " and ends at "
              + format(last)
              + "; repeat the first position at the end");
    }
    return Geometries.FACTORY.createLinearRing(points);
  }

  private static Coordinate[] positions(JsonNode node, String at, int minimum) {
    if (node == null || !node.isArray()) {
      throw fail(at + " must be an array of positions, got " + kind(node));
    }
    if (node.size() < minimum) {
      throw fail(
          at
              + " has "
              + node.size()
              + " position(s); at least "
              + minimum
              + " are needed"
              + (minimum == 4 ? " for a closed ring" : ""));
    }
    List<Coordinate> coordinates = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      coordinates.add(position(node.get(i), at + "[" + i + "]"));
    }
    return coordinates.toArray(new Coordinate[0]);
  }

  private static Coordinate position(JsonNode node, String at) {
    if (node == null || !node.isArray() || node.size() < 2 || node.size() > 3) {
      throw fail(at + " must be a position [longitude, latitude], got " + kind(node));
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isNumber()) {
        throw fail(at + "[" + i + "] must be a number, got " + kind(node.get(i)));
      }
    }
    double lon = node.get(0).asDouble();
    double lat = node.get(1).asDouble();
    if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
      throw fail(at + " must hold finite numbers");
    }
    return new Coordinate(lon, lat);
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isArray()) {
      return "an array of " + node.size();
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isTextual()) {
      String text = node.asText();
      return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String format(Coordinate c) {
    return String.format(Locale.ROOT, "%s %s", trim(c.x), trim(c.y));
  }

  private static String trim(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static InvalidGeometryException fail(String message) {
    return new InvalidGeometryException(List.of(GeometryProblem.of(message)));
  }
}
