package org.sightline.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.geom.GeoJsonGeometryReader;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.InvalidGeometryException;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.time.TimeInterval;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.errors.InvalidInputException;

/**
 * A STAC API item search, parsed and checked: {@code bbox} or {@code intersects} (not both), {@code
 * datetime} (an instant, a date or an interval, either end open; {@link TimeParser}, whose refusals
 * are invalid input), {@code ids}, {@code collections}, {@code limit} (default 10, clamped to
 * 1..10000), {@code sortby} and the paging {@code token}. Results are in the order of {@link
 * StacSort} (by default datetime, then collection and id); the token holds the sort key values of
 * the last Item returned, so paging never skips or repeats an Item, even while Items are added.
 *
 * @param area the spatial filter, EPSG:4326, or null
 * @param from the interval's start (inclusive), or null when open
 * @param to the interval's end (inclusive), or null when open
 * @param after the sort key values (as text) of the last Item of the previous page, or null
 */
public record StacSearch(
    Geometry area,
    Instant from,
    Instant to,
    List<String> ids,
    List<String> collections,
    int limit,
    StacSort sort,
    List<String> after) {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;
  private static final ObjectReader JSON = JsonMapping.reader();

  /**
   * The paging token after an Item with these sort key values: the order's name, then the values.
   */
  static String token(StacSort sort, List<String> keyValues) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode().add(sort.describe());
    keyValues.forEach(array::add);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> decode(String token, StacSort sort) {
    JsonNode array = null;
    try {
      array =
          JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | IOException e) {
      // reported below
    }
    boolean issuedHere = array != null && array.isArray() && !array.isEmpty();
    if (issuedHere && !array.get(0).asText().equals(sort.describe())) {
      throw new InvalidInputException(
          "token was issued for sortby '"
              + array.get(0).asText()
              + "', not '"
              + sort.describe()
              + "'; keep the sortby of the search it came from");
    }
    if (!issuedHere || array.size() != sort.keys().size() + 1) {
      throw new InvalidInputException(
          "token '" + token + "' is not one this server issued; use a 'next' link as given");
    }
    List<String> values = new ArrayList<>();
    for (int i = 1; i < array.size(); i++) {
      String value = array.get(i).asText();
      if (value.indexOf('\0') >= 0) {
        // A forged token: PostgreSQL refuses NUL in text.
        throw new InvalidInputException(
            "token '" + token + "' is not one this server issued; use a 'next' link as given");
      }
      values.add(value);
    }
    return values;
  }

  /**
   * The {@code intersects} of a GET search, a GeoJSON geometry as text, parsed (not yet checked);
   * null when absent.
   */
  public static JsonNode intersects(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new InvalidInputException("intersects is not valid GeoJSON: " + e.getMessage());
    }
  }

  public static StacSearch of(
      String bbox,
      JsonNode intersects,
      String datetime,
      List<String> ids,
      List<String> collections,
      Integer limit,
      String token) {
    return of(bbox, intersects, datetime, ids, collections, limit, token, StacSort.DEFAULT);
  }

  public static StacSearch of(
      String bbox,
      JsonNode intersects,
      String datetime,
      List<String> ids,
      List<String> collections,
      Integer limit,
      String token,
      StacSort sort) {
    if (bbox != null && intersects != null && !intersects.isNull()) {
      throw new InvalidInputException(
          "bbox and intersects cannot be used together; give one of them");
    }
    Geometry area = null;
    if (bbox != null) {
      BoundingBox box;
      try {
        box = BoundingBox.parse(bbox);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(e.getMessage());
      }
      List<Polygon> parts = box.toPolygons();
      area =
          parts.size() == 1
              ? parts.get(0)
              : Geometries.FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
    } else if (intersects != null && !intersects.isNull()) {
      try {
        area = GeoJsonGeometryReader.read(intersects, "intersects");
      } catch (InvalidGeometryException e) {
        throw new InvalidInputException(e.getMessage());
      }
      if (!area.isValid()) {
        throw new InvalidInputException("intersects is not a valid geometry");
      }
    }
    TimeInterval interval =
        datetime == null || datetime.isBlank() ? null : TimeParser.interval("datetime", datetime);
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1) {
      throw new InvalidInputException("limit " + size + " is below the minimum of 1");
    }
    return new StacSearch(
        area,
        interval == null ? null : interval.start(),
        interval == null ? null : interval.end(),
        clean(ids),
        clean(collections),
        Math.min(size, MAX_LIMIT),
        sort,
        token == null || token.isBlank() ? null : decode(token, sort));
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> cleaned = new ArrayList<>();
    for (String value : values) {
      if (value == null || value.indexOf('\0') >= 0) {
        throw new InvalidInputException(
            "ids and collections must be text without NUL characters; got "
                + (value == null ? "null" : "'" + value.replace("\0", "%00") + "'"));
      }
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          cleaned.add(part.strip());
        }
      }
    }
    return cleaned.isEmpty() ? null : cleaned;
  }
}
