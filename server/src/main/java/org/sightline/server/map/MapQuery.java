package org.sightline.server.map;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.server.errors.InvalidInputException;

/**
 * What a map layer request asks for: the view, the period and the zoom, checked.
 *
 * @param bbox the view in EPSG:4326 degrees, (lon, lat) order, min strictly below max on both axes
 *     (no antimeridian crossing)
 * @param from the first day of the period (UTC), inclusive, or null when open
 * @param to the last day of the period (UTC), inclusive, or null when open
 * @param zoom the web map's zoom level, 0..{@value #MAX_ZOOM} (256-pixel tiles)
 */
public record MapQuery(BoundingBox bbox, LocalDate from, LocalDate to, int zoom) {
  public static final int MAX_ZOOM = 22;

  /** Stands for an open start in SQL range conditions. */
  static final LocalDate OPEN_START = LocalDate.of(1000, 1, 1);

  /** Stands for an open end in SQL range conditions. */
  static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

  /**
   * Parses the query parameters.
   *
   * @throws InvalidInputException naming the parameter and what is wrong
   */
  public static MapQuery parse(String bbox, String from, String to, String zoom) {
    BoundingBox box = parseBbox(bbox);
    LocalDate[] period = parsePeriod(from, to);
    if (zoom == null || zoom.isBlank()) {
      throw new InvalidInputException(
          "zoom is required: the map's zoom level, a whole number 0.." + MAX_ZOOM);
    }
    return new MapQuery(box, period[0], period[1], parseZoom(zoom));
  }

  /**
   * The view: 4 numbers minLon,minLat,maxLon,maxLat, lon in -180..180, lat in -90..90, min below
   * max.
   */
  public static BoundingBox parseBbox(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(
          "bbox is required: minLon,minLat,maxLon,maxLat in degrees (EPSG:4326, lon/lat order)");
    }
    if (text.split(",", -1).length != 4) {
      throw new InvalidInputException(
          "bbox must be 4 numbers minLon,minLat,maxLon,maxLat; got '" + text + "'");
    }
    BoundingBox box;
    try {
      box = BoundingBox.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    if (!(box.minLonDeg() < box.maxLonDeg())) {
      throw new InvalidInputException(
          String.format(
              Locale.ROOT,
              "bbox minimum longitude %s must be less than maximum longitude %s"
                  + " (expected minLon,minLat,maxLon,maxLat)",
              box.minLonDeg(),
              box.maxLonDeg()));
    }
    if (!(box.minLatDeg() < box.maxLatDeg())) {
      throw new InvalidInputException(
          String.format(
              Locale.ROOT,
              "bbox minimum latitude %s must be less than maximum latitude %s"
                  + " (expected minLon,minLat,maxLon,maxLat)",
              box.minLatDeg(),
              box.maxLatDeg()));
    }
    return box;
  }

  /** {@code from} and {@code to}, each YYYY-MM-DD or absent (open), from not after to. */
  public static LocalDate[] parsePeriod(String from, String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start != null && end != null && start.isAfter(end)) {
      throw new InvalidInputException("from " + start + " is after to " + end);
    }
    return new LocalDate[] {start, end};
  }

  static LocalDate date(String name, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // fall through
      }
    }
    throw new InvalidInputException(name + " '" + text + "' is not a date YYYY-MM-DD");
  }

  static int parseZoom(String text) {
    String t = text.trim();
    if (WHOLE.matcher(t).matches()) {
      int value = Integer.parseInt(t);
      if (value >= 0 && value <= MAX_ZOOM) {
        return value;
      }
    }
    throw new InvalidInputException(
        "zoom '" + text + "' is not a whole number 0.." + MAX_ZOOM + " (the map's zoom level)");
  }

  /** The first day, or a far past day when open: for SQL range conditions. */
  LocalDate fromOrOpen() {
    return from == null ? OPEN_START : from;
  }

  /** The last day, or a far future day when open: for SQL range conditions. */
  LocalDate toOrOpen() {
    return to == null ? OPEN_END : to;
  }

  /**
   * About one screen pixel at this zoom, in degrees (360 / 2^zoom / 256): the tolerance geometries
   * are simplified with.
   */
  public double pixelDeg() {
    return 360.0 / Math.pow(2, zoom) / 256.0;
  }
}
