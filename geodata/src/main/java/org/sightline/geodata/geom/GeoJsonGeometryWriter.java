package org.sightline.geodata.geom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.json.JsonMapping;

/**
 * The one writer of JTS geometries (EPSG:4326, longitude/latitude) as GeoJSON geometries (RFC
 * 7946), the counterpart of {@link GeoJsonGeometryReader}: Point, LineString, Polygon, their Multi
 * forms and GeometryCollection, empty ones included. Streams to a {@link JsonGenerator} ({@link
 * #write}, used by responses and exports) or builds a tree ({@link #toNode}).
 *
 * <p>Coordinates are written as the shortest decimal that reads back to the same double, so a
 * geometry round-trips exactly. Polygon rings are written as stored; RFC 7946's winding order is a
 * SHOULD that readers must not depend on. Stateless and thread-safe.
 */
public final class GeoJsonGeometryWriter {
  private GeoJsonGeometryWriter() {}

  /** Writes {@code geometry} as one GeoJSON geometry object at the generator's position. */
  public static void write(Geometry geometry, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", geometry.getGeometryType());
    if (geometry instanceof GeometryCollection collection
        && !(geometry instanceof MultiPoint
            || geometry instanceof MultiLineString
            || geometry instanceof MultiPolygon)) {
      gen.writeArrayFieldStart("geometries");
      for (int i = 0; i < collection.getNumGeometries(); i++) {
        write(collection.getGeometryN(i), gen);
      }
      gen.writeEndArray();
    } else {
      gen.writeFieldName("coordinates");
      writeCoordinates(geometry, gen);
    }
    gen.writeEndObject();
  }

  /** The GeoJSON geometry as a tree (coordinates as double nodes). */
  public static ObjectNode toNode(Geometry geometry) {
    try (TokenBuffer buffer = new TokenBuffer(null, false)) {
      write(geometry, buffer);
      try (JsonParser parser = buffer.asParser()) {
        return JsonMapping.reader().readTree(parser);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not buffer a GeoJSON geometry", e);
    }
  }

  private static void writeCoordinates(Geometry geometry, JsonGenerator gen) throws IOException {
    if (geometry instanceof Point point) {
      if (point.isEmpty()) {
        gen.writeStartArray();
        gen.writeEndArray();
      } else {
        writePosition(point.getCoordinate(), gen);
      }
    } else if (geometry instanceof LineString line) {
      writePositions(line.getCoordinates(), gen);
    } else if (geometry instanceof Polygon polygon) {
      gen.writeStartArray();
      if (!polygon.isEmpty()) {
        writePositions(polygon.getExteriorRing().getCoordinates(), gen);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
          writePositions(polygon.getInteriorRingN(i).getCoordinates(), gen);
        }
      }
      gen.writeEndArray();
    } else {
      gen.writeStartArray();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        writeCoordinates(geometry.getGeometryN(i), gen);
      }
      gen.writeEndArray();
    }
  }

  private static void writePositions(Coordinate[] coordinates, JsonGenerator gen)
      throws IOException {
    gen.writeStartArray();
    for (Coordinate c : coordinates) {
      writePosition(c, gen);
    }
    gen.writeEndArray();
  }

  private static void writePosition(Coordinate c, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    gen.writeNumber(c.x);
    gen.writeNumber(c.y);
    gen.writeEndArray();
  }
}
