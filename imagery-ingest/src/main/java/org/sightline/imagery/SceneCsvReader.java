package org.sightline.imagery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.geom.Geometries;

/**
 * Vendor order sheets as CSV, one scene per row, header names case-insensitive: {@code id}, {@code
 * datetime}, and a footprint as {@code footprint_wkt} (WKT) or {@code bbox}
 * ("west,south,east,north"); optional {@code collection}, {@code platform}, {@code gsd}, {@code
 * cloud_cover}. Each row becomes a STAC Item (so the same rules apply, with the same reasons) whose
 * JSON records the row it came from. Rows are read one at a time.
 */
public final class SceneCsvReader {
  private SceneCsvReader() {}

  public static void read(InputStream in, String defaultCollection, Consumer<ParsedItem> sink)
      throws IOException {
    CSVParser parser;
    try {
      parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .get()
              .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      // commons-csv refuses a header row with a blank name this way (found by fuzzing):
      // it is CSV that cannot be read, reported like the others, not a crash of the whole ingest.
      throw new CSVException("the header row cannot be read: %s", e.getMessage());
    }
    for (CSVRecord record : parser) {
      Map<String, String> row = new TreeMap<>();
      record
          .toMap()
          .forEach((k, v) -> row.put(k.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), v));
      long line = record.getRecordNumber();
      ObjectNode item = StacJson.MAPPER.createObjectNode();
      item.put("type", "Feature")
          .put("stac_version", "1.0.0")
          .put("id", row.getOrDefault("id", ""));
      String collection = blankToNull(row.get("collection"));
      if (collection != null) {
        item.put("collection", collection);
      }
      try {
        item.set("geometry", footprint(row));
      } catch (IllegalArgumentException e) {
        sink.accept(
            new ParsedItem.Rejected(
                new Rejection(line, blankToNull(row.get("id")), e.getMessage())));
        continue;
      }
      ObjectNode properties = item.putObject("properties");
      properties.put("datetime", blankToNull(row.get("datetime")));
      putText(properties, "platform", row.get("platform"));
      try {
        putNumber(properties, "gsd", row.get("gsd"));
        putNumber(properties, "eo:cloud_cover", row.get("cloud_cover"));
      } catch (NumberFormatException e) {
        sink.accept(
            new ParsedItem.Rejected(
                new Rejection(line, blankToNull(row.get("id")), e.getMessage())));
        continue;
      }
      properties.put("sightline:csv_line", line);
      item.putArray("links");
      item.putObject("assets");
      sink.accept(StacItemParser.parse(item, line, defaultCollection));
    }
  }

  private static JsonNode footprint(Map<String, String> row) {
    String wkt = blankToNull(row.get("footprint_wkt"));
    if (wkt != null) {
      try {
        Geometry geometry = new WKTReader(Geometries.FACTORY).read(wkt);
        return GeoJsonGeometryWriter.toNode(geometry);
      } catch (ParseException e) {
        throw new IllegalArgumentException("footprint_wkt is not valid WKT: " + e.getMessage());
      }
    }
    String bbox = blankToNull(row.get("bbox"));
    if (bbox == null) {
      return null;
    }
    String[] parts = bbox.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("bbox must be west,south,east,north; got '" + bbox + "'");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bbox value '" + parts[i].strip() + "' is not a number");
      }
      if (!Double.isFinite(v[i])) {
        // Java reads "NaN", "Infinity" and 1e400 as doubles; none is a coordinate
        throw new IllegalArgumentException(
            "bbox value '" + parts[i].strip() + "' is not a finite number");
      }
    }
    return GeoJsonGeometryWriter.toNode(Geometries.box(v[0], v[1], v[2], v[3]));
  }

  private static void putText(ObjectNode node, String field, String value) {
    if (blankToNull(value) != null) {
      node.put(field, value.strip());
    }
  }

  private static void putNumber(ObjectNode node, String field, String value) {
    if (blankToNull(value) != null) {
      try {
        node.put(field, new BigDecimal(value.strip()));
      } catch (NumberFormatException e) {
        throw new NumberFormatException(field + " '" + value.strip() + "' is not a number");
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
