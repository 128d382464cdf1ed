package org.sightline.server.resources.stac;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.geom.GeoJsonGeometryReader;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.InvalidGeometryException;
import org.sightline.server.errors.InvalidInputException;

/**
 * A STAC API item search, parsed and checked: {@code bbox} or {@code intersects} (not both),
 * {@code datetime} (an instant or an interval, either end open), {@code ids}, {@code collections},
 * {@code limit} (default 10, clamped to 1..10000) and the paging {@code token}. Results are
 * ordered by (datetime, collection, id); the token is the last key seen, so paging never skips
 * or repeats an item, even while items are added.
 *
 * @param area the spatial filter, EPSG:4326, or null
 * @param from the interval's start (inclusive), or null when open
 * @param to the interval's end (inclusive), or null when open
 * @param descending newest first ({@code sortby=-datetime}); ties are broken by collection and id
 *     in the same direction
 */
public record StacSearch(Geometry area, Instant from, Instant to, List<String> ids, List<String> collections, int limit,
    Key after, boolean descending) {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;

  /** A position in the result order. */
  public record Key(Instant datetime, String collection, String id) {
    String encode() {
      String text = datetime + "\n" + collection + "\n" + id;
      return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Key decode(String token) {
      try {
        String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", 3);
        return new Key(Instant.parse(parts[0]), parts[1], parts[2]);
      } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
        throw new InvalidInputException("token '" + token + "' is not one this server issued; use a 'next' link as given");
      }
    }
  }

  public static StacSearch of(String bbox, JsonNode intersects, String datetime, List<String> ids,
      List<String> collections, Integer limit, String token) {
    return of(bbox, intersects, datetime, ids, collections, limit, token, false);
  }

  /**
   * Parses {@code sortby} as GET gives it ({@code datetime}, {@code +datetime}, {@code -datetime},
   * also {@code properties.datetime}).
   *
   * @return true for descending; false when absent or ascending
   * @throws InvalidInputException for any other field: only datetime is sortable
   */
  public static boolean descending(String sortby) {
    if (sortby == null || sortby.isBlank()) {
      return false;
    }
    String[] fields = sortby.split(",");
    if (fields.length > 1) {
      throw new InvalidInputException("sortby takes one field here (datetime); got '" + sortby + "'");
    }
    String field = fields[0].strip();
    boolean desc = field.startsWith("-");
    String name = field.replaceFirst("^[+-]", "");
    return checkField(name) && desc;
  }

  /** Parses {@code sortby} as POST gives it: a list of {field, direction}. */
  public static boolean descending(JsonNode sortby) {
    if (sortby == null || sortby.isNull() || (sortby.isArray() && sortby.isEmpty())) {
      return false;
    }
    if (!sortby.isArray() || sortby.size() > 1) {
      throw new InvalidInputException("sortby must be a list with one {\"field\": \"datetime\", \"direction\": ...}");
    }
    JsonNode only = sortby.get(0);
    checkField(only.path("field").asText());
    String direction = only.path("direction").asText("asc");
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw new InvalidInputException("sortby direction must be asc or desc, got '" + direction + "'");
    }
    return direction.equals("desc");
  }

  private static boolean checkField(String name) {
    if (!name.equals("datetime") && !name.equals("properties.datetime")) {
      throw new InvalidInputException("sortby field '" + name + "' is not supported; results can be sorted by datetime");
    }
    return true;
  }

  public static StacSearch of(String bbox, JsonNode intersects, String datetime, List<String> ids,
      List<String> collections, Integer limit, String token, boolean descending) {
    if (bbox != null && intersects != null && !intersects.isNull()) {
      throw new InvalidInputException("bbox and intersects cannot be used together; give one of them");
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
      area = parts.size() == 1 ? parts.get(0) : Geometries.FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
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
    Instant[] interval = interval(datetime);
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1) {
      throw new InvalidInputException("limit " + size + " is below the minimum of 1");
    }
    return new StacSearch(area, interval[0], interval[1], clean(ids), clean(collections), Math.min(size, MAX_LIMIT),
        token == null || token.isBlank() ? null : Key.decode(token), descending);
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> cleaned = new ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          cleaned.add(part.strip());
        }
      }
    }
    return cleaned.isEmpty() ? null : cleaned;
  }

  static Instant[] interval(String datetime) {
    if (datetime == null || datetime.isBlank()) {
      return new Instant[] {null, null};
    }
    String[] parts = datetime.split("/", -1);
    if (parts.length > 2) {
      throw new InvalidInputException("datetime '" + datetime + "' has more than one '/'");
    }
    if (parts.length == 1) {
      Instant at = instant(parts[0], false);
      if (at == null) {
        throw new InvalidInputException("datetime '" + datetime + "' is empty");
      }
      return new Instant[] {at, parts[0].strip().length() == 10 ? instant(parts[0], true) : at};
    }
    Instant from = instant(parts[0], false);
    Instant to = instant(parts[1], true);
    if (from == null && to == null) {
      throw new InvalidInputException("datetime interval '" + datetime + "' is open at both ends");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInputException("datetime interval '" + datetime + "' ends before it starts");
    }
    return new Instant[] {from, to};
  }

  private static Instant instant(String text, boolean endOfDay) {
    String value = text.strip();
    if (value.isEmpty() || value.equals("..")) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return endOfDay ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000)
            : day.atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT)).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("datetime '" + value + "' is not an RFC 3339 date-time such as"
          + " 2021-06-01T00:00:00Z (intervals: start/end, open ends as ..)");
    }
  }
}
