package org.sightline.geodata.geom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * JTS to a GeoJSON geometry tree (RFC 7946; longitude, latitude), the counterpart of
 * {@link GeoJsonGeometryReader}: Point, LineString, Polygon and their Multi forms. Coordinates are
 * written as the doubles they are. Stateless and thread-safe.
 */
public final class GeoJsonGeometryWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GeoJsonGeometryWriter() {}

  public static ObjectNode toNode(Geometry geometry) {
    ObjectNode node = NODES.objectNode();
    node.put("type", geometry.getGeometryType());
    node.set("coordinates", coordinates(geometry));
    return node;
  }

  private static ArrayNode coordinates(Geometry geometry) {
    if (geometry instanceof Point point) {
      return position(point.getCoordinate());
    }
    if (geometry instanceof LineString line) {
      return positions(line);
    }
    if (geometry instanceof Polygon polygon) {
      ArrayNode rings = NODES.arrayNode();
      rings.add(positions(polygon.getExteriorRing()));
      for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
        rings.add(positions(polygon.getInteriorRingN(i)));
      }
      return rings;
    }
    String type = geometry.getGeometryType();
    if (!type.startsWith("Multi")) {
      throw new IllegalArgumentException("GeoJSON has no " + type + " geometry here");
    }
    ArrayNode parts = NODES.arrayNode();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      parts.add(coordinates(geometry.getGeometryN(i)));
    }
    return parts;
  }

  private static ArrayNode positions(LineString line) {
    ArrayNode positions = NODES.arrayNode();
    for (Coordinate c : line.getCoordinates()) {
      positions.add(position(c));
    }
    return positions;
  }

  private static ArrayNode position(Coordinate c) {
    return NODES.arrayNode().add(c.x).add(c.y);
  }
}
