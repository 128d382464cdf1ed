package org.sightline.geodata.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
      KmlGeometry.text(xml, "name", context.title());
      KmlGeometry.text(xml, "description", context.attribution());
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
        KmlGeometry.text(xml, "name", folder.getKey());
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
    KmlGeometry.text(xml, "name", row.name());
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
    KmlGeometry.text(xml, "description", description.toString());
    if ("boundary".equals(row.geometrySource())) {
      KmlGeometry.text(
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
    KmlGeometry.write(xml, row.geometry());
    xml.writeEndElement();
  }

  private static void style(XMLStreamWriter xml, String id, String lineColour, String fillColour)
      throws XMLStreamException {
    xml.writeStartElement("Style");
    xml.writeAttribute("id", id);
    xml.writeStartElement("LineStyle");
    KmlGeometry.text(xml, "color", lineColour);
    KmlGeometry.text(xml, "width", "2");
    xml.writeEndElement();
    xml.writeStartElement("PolyStyle");
    KmlGeometry.text(xml, "color", fillColour);
    xml.writeEndElement();
    xml.writeEndElement();
  }
}
