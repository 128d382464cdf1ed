package org.sightline.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry (EPSG:4326, longitude/latitude) as a GeoJSON geometry (RFC 7946).
 *
 * <p>Coordinates are written as the shortest decimal that reads back to the same double, so a
 * geometry round-trips exactly. Polygon rings are written as stored; RFC 7946's winding order is
 * a SHOULD that readers must not depend on. Thread-safe (stateless).
 */
public final class GeoJsonGeometrySerializer extends StdSerializer<Geometry> {
  private static final long serialVersionUID = 1L;

  public GeoJsonGeometrySerializer() {
    super(Geometry.class);
  }

  @Override
  public void serialize(Geometry geometry, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", geometry.getGeometryType());
    if (geometry instanceof GeometryCollection collection
        && !(geometry instanceof MultiPoint || geometry instanceof MultiLineString || geometry instanceof MultiPolygon)) {
      gen.writeArrayFieldStart("geometries");
      for (int i = 0; i < collection.getNumGeometries(); i++) {
        serialize(collection.getGeometryN(i), gen, provider);
      }
      gen.writeEndArray();
    } else {
      gen.writeFieldName("coordinates");
      writeCoordinates(geometry, gen);
    }
    gen.writeEndObject();
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

  private static void writePositions(Coordinate[] coordinates, JsonGenerator gen) throws IOException {
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
