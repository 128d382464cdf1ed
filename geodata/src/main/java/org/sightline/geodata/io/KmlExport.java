package org.sightline.geodata.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * KML 2.2 for Google Earth: one folder per facility type, a placemark per facility with its fields
 * as typed {@code ExtendedData} (schema {@code facility}), a point or (multi)polygon. Approximate
 * boundaries get their own style and say so in the description: never presented as surveyed. All
 * text goes through the XML writer, so names are escaped, never markup.
 */
public final class KmlExport implements ExportFormat {
  private static final String KML = "http://www.opengis.net/kml/2.2";

  @Override
  public String extension() {
    return "kml";
  }

  @Override
  public String mediaType() {
    return "application/vnd.google-earth.kml+xml";
  }

  @Override
  public void write(List<ExportRow> rows, ExportContext context, OutputStream out)
      throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("kml");
      xml.writeDefaultNamespace(KML);
      xml.writeStartElement("Document");
      text(xml, "name", context.title());
      text(xml, "description", context.attribution());
      style(xml, "boundary", "ff0000ff", "3300ff00");
      style(xml, "approximate", "ff00a5ff", "00000000");
      xml.writeStartElement("Schema");
      xml.writeAttribute("name", "facility");
      xml.writeAttribute("id", "facility");
      for (String column : ExportRow.COLUMNS) {
        xml.writeEmptyElement("SimpleField");
        xml.writeAttribute("name", column);
        xml.writeAttribute("type", column.equals("area_sq_km") ? "double" : "string");
      }
      xml.writeEndElement();
      Map<String, List<ExportRow>> byType = new LinkedHashMap<>();
      rows.forEach(row -> byType.computeIfAbsent(row.type(), t -> new ArrayList<>()).add(row));
      for (Map.Entry<String, List<ExportRow>> folder : byType.entrySet()) {
        xml.writeStartElement("Folder");
        text(xml, "name", folder.getKey());
        for (ExportRow row : folder.getValue()) {
          placemark(xml, row);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write KML", e);
    }
  }

  private static void placemark(XMLStreamWriter xml, ExportRow row) throws XMLStreamException {
    xml.writeStartElement("Placemark");
    xml.writeAttribute("id", row.id());
    text(xml, "name", row.name());
    StringBuilder description = new StringBuilder();
    if (row.nameKo() != null) {
      description.append(row.nameKo()).append('\n');
    }
    description.append(row.type()).append(", ").append(row.status());
    if ("boundary".equals(row.geometrySource())) {
      description
          .append("\nBoundary: ")
          .append(row.boundaryBasis())
          .append(", ")
          .append(row.boundaryConfidence())
          .append(" confidence");
      if ("approximate".equals(row.boundaryBasis())) {
        description.append(" (approximate: not surveyed)");
      }
    }
    text(xml, "description", description.toString());
    if ("boundary".equals(row.geometrySource())) {
      text(
          xml,
          "styleUrl",
          "approximate".equals(row.boundaryBasis()) ? "#approximate" : "#boundary");
    }
    xml.writeStartElement("ExtendedData");
    xml.writeStartElement("SchemaData");
    xml.writeAttribute("schemaUrl", "#facility");
    List<String> values = row.values();
    for (int i = 0; i < ExportRow.COLUMNS.size(); i++) {
      if (values.get(i) != null) {
        xml.writeStartElement("SimpleData");
        xml.writeAttribute("name", ExportRow.COLUMNS.get(i));
        xml.writeCharacters(values.get(i));
        xml.writeEndElement();
      }
    }
    xml.writeEndElement();
    xml.writeEndElement();
    geometry(xml, row.geometry());
    xml.writeEndElement();
  }

  private static void geometry(XMLStreamWriter xml, Geometry geometry) throws XMLStreamException {
    if (geometry instanceof Point point) {
      xml.writeStartElement("Point");
      text(xml, "coordinates", coordinates(point.getCoordinates()));
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
        geometry(xml, geometry.getGeometryN(i));
      }
      xml.writeEndElement();
    }
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

  private static void style(XMLStreamWriter xml, String id, String lineColour, String fillColour)
      throws XMLStreamException {
    xml.writeStartElement("Style");
    xml.writeAttribute("id", id);
    xml.writeStartElement("LineStyle");
    text(xml, "color", lineColour);
    text(xml, "width", "2");
    xml.writeEndElement();
    xml.writeStartElement("PolyStyle");
    text(xml, "color", fillColour);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(value == null ? "" : value);
    xml.writeEndElement();
  }
}
