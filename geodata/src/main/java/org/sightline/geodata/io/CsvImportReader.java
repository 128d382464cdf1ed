package org.sightline.geodata.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.geom.Geometries;

/**
 * CSV with a header row (UTF-8, an optional byte-order mark): the columns are the fields, and the
 * geometry comes from {@code wkt}, or from {@code lon} and {@code lat} (also {@code longitude},
 * {@code latitude}). Lists (aliases, source ids) are ';'-separated.
 */
public final class CsvImportReader implements ImportReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public List<String> mediaTypes() {
    return List.of("text/csv");
  }

  @Override
  public List<ImportFeature> read(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CSVRecord> records;
    try {
      records =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .get()
              .parse(new StringReader(text))
              .getRecords();
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new InvalidDataException("the CSV cannot be read: " + e.getMessage());
    }
    List<ImportFeature> features = new ArrayList<>();
    for (CSVRecord record : records) {
      int index = (int) record.getRecordNumber();
      Map<String, String> fields = new HashMap<>(record.toMap());
      String label = firstNonBlank(fields.get("id"), fields.get("name"), "row " + index);
      features.add(new ImportFeature(index, label, fields, Map.of(), geometry(fields, index)));
    }
    return features;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static JsonNode geometry(Map<String, String> fields, int row) {
    Map<String, String> byKey = new HashMap<>();
    fields.forEach((k, v) -> byKey.put(ImportFeature.key(k), v));
    String wkt = byKey.get("wkt");
    if (wkt != null && !wkt.isBlank()) {
      try {
        Geometry geometry = new WKTReader(Geometries.FACTORY).read(wkt);
        geometry.setSRID(4326);
        return GeoJsonGeometryWriter.toNode(geometry);
      } catch (ParseException | IllegalArgumentException e) {
        // JTS refuses a ring that is not closed, or too short, with IllegalArgumentException
        // (found by fuzzing: it escaped the reader, a 500 on import).
        return NODES.textNode("row " + row + ": wkt is not valid WKT: " + e.getMessage());
      }
    }
    String lon = byKey.getOrDefault("lon", byKey.get("longitude"));
    String lat = byKey.getOrDefault("lat", byKey.get("latitude"));
    if (lon == null || lat == null || lon.isBlank() || lat.isBlank()) {
      return null;
    }
    ObjectNode point = NODES.objectNode().put("type", "Point");
    try {
      point.putArray("coordinates").add(Double.parseDouble(lon)).add(Double.parseDouble(lat));
    } catch (NumberFormatException e) {
      return NODES.textNode("lon/lat must be numbers, got '" + lon + "', '" + lat + "'");
    }
    return point;
  }
}
