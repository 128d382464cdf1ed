package org.sightline.server.resources.features;

import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.time.InvalidTimeException;
import org.sightline.geodata.time.TimeInterval;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.errors.InvalidInputException;

/**
 * The query of an OGC API - Features items request, parsed and checked.
 *
 * <p>Parameters: {@code limit} (1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}; larger
 * values are reduced to the maximum, as OGC API - Features allows), {@code bbox} (CRS84), {@code
 * datetime} (RFC 3339 instant or interval; checked, see {@link #datetime()}), {@code cursor}
 * (opaque, from a {@code next} link) and the collection's filters. Unknown, repeated and
 * NUL-holding parameters and {@code f} are refused before, by {@link
 * org.sightline.server.http.QueryParameterFeature}, the rule of every endpoint.
 *
 * @param limit page size
 * @param bbox the spatial filter, or null
 * @param afterId keyset cursor: the last id of the previous page, or null
 * @param datetime the datetime parameter as given, or null
 * @param filters the collection's property filters that were given (name to value)
 */
public record ItemsQuery(
    int limit, BoundingBox bbox, String afterId, String datetime, Map<String, String> filters) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  public ItemsQuery {
    filters = Map.copyOf(filters);
  }

  /**
   * @throws InvalidInputException naming the bad parameter
   */
  public static ItemsQuery parse(MultivaluedMap<String, String> params) {
    return parse(params, Set.of());
  }

  /**
   * @param filterNames the property filters this collection accepts besides the standard parameters
   * @throws InvalidInputException naming the bad parameter
   */
  public static ItemsQuery parse(MultivaluedMap<String, String> params, Set<String> filterNames) {
    Map<String, String> filters = new TreeMap<>();
    for (String name : filterNames) {
      String value = params.getFirst(name);
      if (value != null) {
        filters.put(name, value);
      }
    }
    return new ItemsQuery(
        parseLimit(params.getFirst("limit")),
        parseBbox(params.getFirst("bbox")),
        parseCursor(params.getFirst("cursor")),
        checkDatetime(params.getFirst("datetime")),
        filters);
  }

  /**
   * The days {@code datetime} covers, both ends inclusive and null when open: an instant covers its
   * UTC day; no datetime covers all time.
   */
  public LocalDate[] dateSpan() {
    if (datetime == null) {
      return new LocalDate[] {null, null};
    }
    TimeInterval interval = TimeParser.interval("datetime", datetime);
    return new LocalDate[] {interval.startDay(), interval.endDay()};
  }

  /**
   * A comma-separated filter value checked against the allowed codes.
   *
   * @return the codes, or null when the filter was not given
   */
  public String[] codes(String filter, Set<String> allowed) {
    String value = filters.get(filter);
    if (value == null) {
      return null;
    }
    String[] codes = value.split(",");
    for (int i = 0; i < codes.length; i++) {
      codes[i] = codes[i].trim();
      if (!allowed.contains(codes[i])) {
        throw new InvalidInputException(
            filter + "=" + value + ": '" + codes[i] + "' is not one of " + new TreeSet<>(allowed));
      }
    }
    return codes;
  }

  static int parseLimit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "limit '" + text + "' is not a whole number; expected 1.." + MAX_LIMIT);
    }
    if (value < 1) {
      throw new InvalidInputException(
          "limit " + value + " is below the minimum of 1; expected 1.." + MAX_LIMIT);
    }
    return (int) Math.min(value, MAX_LIMIT);
  }

  static BoundingBox parseBbox(String text) {
    if (text == null) {
      return null;
    }
    try {
      return BoundingBox.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  /** The cursor is the base64url of the last id seen: opaque to clients, checked here. */
  static String parseCursor(String text) {
    if (text == null) {
      return null;
    }
    try {
      String id = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      if (id.matches("[a-z0-9][a-z0-9:-]{0,127}")) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // fall through to the error below
    }
    throw new InvalidInputException(
        "cursor '" + text + "' is not valid; use the href of a 'next' link as given");
  }

  static String encodeCursor(String lastId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Checks {@code datetime} with {@link TimeParser#interval}: an RFC 3339 date-time, a date, or an
   * interval {@code start/end} whose ends may be open ({@code ..} or empty). Facilities carry no
   * time yet, so a valid datetime selects every facility; boundaries and zones filter by it.
   */
  static String checkDatetime(String text) {
    if (text == null) {
      return null;
    }
    try {
      TimeParser.interval("datetime", text);
    } catch (InvalidTimeException e) {
      throw new InvalidInputException(e.getMessage());
    }
    return text;
  }
}
