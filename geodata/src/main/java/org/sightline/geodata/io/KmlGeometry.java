package org.sightline.geodata.io;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as KML 2.2 elements, for every KML file Sightline writes (the facility
 * export {@link KmlExport} and the public exports). Coordinates are WGS 84 longitude,latitude
 * (KML's order; the geometry's x is longitude), in Java's shortest round-tripping decimal form.
 * Points, line strings and polygons (with holes) map to their KML elements; a multi-geometry or
 * collection to {@code MultiGeometry}. Stateless and thread-safe.
 */
public final class KmlGeometry {
  private KmlGeometry() {}

  /** Writes {@code geometry} at the writer's position (inside a {@code Placemark}). */
  public static void write(XMLStreamWriter xml, Geometry geometry) throws XMLStreamException {
    if (geometry instanceof Point point) {
      xml.writeStartElement("Point");
      text(xml, "coordinates", coordinates(point.getCoordinates()));
      xml.writeEndElement();
    } else if (geometry instanceof LineString line) {
      xml.writeStartElement("LineString");
      text(xml, "coordinates", coordinates(line.getCoordinates()));
      xml.writeEndElement();
    } else if (geometry instanceof Polygon polygon) {
      xml.writeStartElement("Polygon");
      ring(xml, "outerBoundaryIs", polygon.getExteriorRing());
      for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
        ring(xml, "innerBoundaryIs", polygon.getInteriorRingN(i));
      }
      xml.writeEndElement();
    } else {
      xml.writeStartElement("MultiGeometry");
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        write(xml, geometry.getGeometryN(i));
      }
      xml.writeEndElement();
    }
  }

  /** An element holding text (escaped by the writer, never markup); null is written empty. */
  public static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(value == null ? "" : value);
    xml.writeEndElement();
  }

  private static void ring(XMLStreamWriter xml, String element, LineString ring)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeStartElement("LinearRing");
    text(xml, "coordinates", coordinates(ring.getCoordinates()));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static String coordinates(Coordinate[] coordinates) {
    StringBuilder text = new StringBuilder();
    for (Coordinate c : coordinates) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(String.format(Locale.ROOT, "%s,%s", c.x, c.y));
    }
    return text.toString();
  }
}
