package org.sightline.geodata.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sightline.geodata.InvalidDataException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * KML as Google Earth Pro saves it (placemarks, possibly in nested folders) to {@link
 * ImportFeature}s. Fields come from {@code ExtendedData} ({@code Data/value} and {@code
 * SchemaData/SimpleData}), plus {@code name}, {@code description} and {@code folder} (the innermost
 * folder's name). Point, LineString, Polygon and MultiGeometry of lines or of polygons become
 * GeoJSON geometry (several lines a MultiLineString, several polygons a MultiPolygon); a
 * MultiGeometry that mixes lines and polygons becomes a text node saying so, which the geometry
 * check reports. Whether a line is acceptable is the importer's rule: facilities take points and
 * polygons, structure layers take lines for fences and walls. The parser refuses DOCTYPEs and
 * external entities (no XXE).
 */
public final class KmlImportReader implements ImportReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public List<String> mediaTypes() {
    return List.of("application/vnd.google-earth.kml+xml", "application/xml", "text/xml");
  }

  @Override
  public List<ImportFeature> read(byte[] bytes) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      document = builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new InvalidDataException(
          "the KML is not well-formed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (Exception e) {
      throw new InvalidDataException("the KML cannot be read: " + e.getMessage());
    }
    Element root = document.getDocumentElement();
    if (root == null || !root.getLocalName().equals("kml")) {
      throw new InvalidDataException("the file is not KML: its root element is not <kml>");
    }
    List<ImportFeature> features = new ArrayList<>();
    walk(root, new ArrayDeque<>(), features);
    return features;
  }

  private static void walk(Element element, Deque<String> folders, List<ImportFeature> into) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (!(child instanceof Element e)) {
        continue;
      }
      switch (e.getLocalName()) {
        case "Folder", "Document" -> {
          String name = childText(e, "name");
          boolean folder = e.getLocalName().equals("Folder");
          if (folder) {
            folders.push(name == null ? "" : name);
          }
          walk(e, folders, into);
          if (folder) {
            folders.pop();
          }
        }
        case "Placemark" -> into.add(placemark(e, folders, into.size() + 1));
        default -> {
          // styles, schemas, look-at views...: not data
        }
      }
    }
  }

  private static ImportFeature placemark(Element placemark, Deque<String> folders, int index) {
    Map<String, String> fields = new HashMap<>();
    String name = childText(placemark, "name");
    if (name != null) {
      fields.put("name", name);
    }
    String description = childText(placemark, "description");
    if (description != null) {
      fields.put("description", description);
    }
    if (!folders.isEmpty() && !folders.peek().isBlank()) {
      fields.put("folder", folders.peek());
    }
    for (Element data : descendants(placemark, "Data")) {
      String value = childText(data, "value");
      if (value != null) {
        fields.put(data.getAttribute("name"), value);
      }
    }
    for (Element data : descendants(placemark, "SimpleData")) {
      fields.put(data.getAttribute("name"), data.getTextContent());
    }
    JsonNode geometry = geometry(placemark);
    String label = name != null ? name : "placemark " + index;
    return new ImportFeature(index, label, fields, Map.of(), geometry);
  }

  private static JsonNode geometry(Element placemark) {
    List<Element> points = descendants(placemark, "Point");
    List<Element> polygons = descendants(placemark, "Polygon");
    List<Element> lines = descendants(placemark, "LineString");
    if (!polygons.isEmpty() && !lines.isEmpty()) {
      return NODES.textNode(
          "the placemark's MultiGeometry mixes "
              + lines.size()
              + " line(s) and "
              + polygons.size()
              + " polygon(s); put lines and polygons in separate placemarks");
    }
    if (!lines.isEmpty()) {
      ObjectNode geometry = NODES.objectNode();
      if (lines.size() == 1) {
        geometry
            .put("type", "LineString")
            .set("coordinates", positions(descendants(lines.get(0), "coordinates")));
      } else {
        ArrayNode all = NODES.arrayNode();
        for (Element line : lines) {
          all.add(positions(descendants(line, "coordinates")));
        }
        geometry.put("type", "MultiLineString").set("coordinates", all);
      }
      return geometry;
    }
    if (!polygons.isEmpty()) {
      ArrayNode all = NODES.arrayNode();
      for (Element polygon : polygons) {
        ArrayNode rings = NODES.arrayNode();
        for (Element outer : descendants(polygon, "outerBoundaryIs")) {
          rings.add(positions(descendants(outer, "coordinates")));
        }
        for (Element inner : descendants(polygon, "innerBoundaryIs")) {
          rings.add(positions(descendants(inner, "coordinates")));
        }
        all.add(rings);
      }
      ObjectNode geometry = NODES.objectNode();
      if (all.size() == 1) {
        geometry.put("type", "Polygon").set("coordinates", all.get(0));
      } else {
        geometry.put("type", "MultiPolygon").set("coordinates", all);
      }
      return geometry;
    }
    if (!points.isEmpty()) {
      ArrayNode position = positions(descendants(points.get(0), "coordinates"));
      ObjectNode geometry = NODES.objectNode().put("type", "Point");
      geometry.set("coordinates", position.isEmpty() ? position : position.get(0));
      return geometry;
    }
    return null;
  }

  /** KML coordinates "lon,lat[,alt] lon,lat[,alt] ..." to GeoJSON positions (altitude dropped). */
  private static ArrayNode positions(List<Element> coordinates) {
    ArrayNode positions = NODES.arrayNode();
    if (coordinates.isEmpty()) {
      return positions;
    }
    for (String tuple : coordinates.get(0).getTextContent().trim().split("\\s+")) {
      if (tuple.isEmpty()) {
        continue;
      }
      String[] parts = tuple.split(",");
      ArrayNode position = NODES.arrayNode();
      for (int i = 0; i < Math.min(2, parts.length); i++) {
        try {
          position.add(Double.parseDouble(parts[i]));
        } catch (NumberFormatException e) {
          position.add(parts[i]);
        }
      }
      positions.add(position);
    }
    return positions;
  }

  private static String childText(Element element, String localName) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(e.getLocalName())) {
        return e.getTextContent().strip();
      }
    }
    return null;
  }

  private static List<Element> descendants(Element element, String localName) {
    List<Element> found = new ArrayList<>();
    var nodes = element.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
