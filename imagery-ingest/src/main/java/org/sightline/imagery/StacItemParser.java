package org.sightline.imagery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.geom.GeoJsonGeometryReader;
import org.sightline.geodata.geom.InvalidGeometryException;

/**
 * One STAC Item (JSON tree) to a {@link Scene}, or a {@link Rejection} saying what is wrong.
 *
 * <p>Accepted versions: 1.0.x and 1.1.x, and the older 0.9.x and 1.0.0 betas and release
 * candidates, whose Item fields read the same way. Rules: an id; a collection (the Item's, else the
 * caller's default); {@code datetime}, or when it is null both {@code start_datetime} and {@code
 * end_datetime} in order; a valid, non-empty Polygon or MultiPolygon footprint (one that wraps
 * across the antimeridian is split there); a bbox, when given, that contains the footprint; {@code
 * eo:cloud_cover} within 0..100; a positive {@code gsd}; ids and collection ids as {@link StacIds}
 * says. Stateless and thread-safe.
 */
public final class StacItemParser {
  /** How far (degrees, about 1 m) a footprint may stick out of its bbox before it is an error. */
  private static final double BBOX_TOLERANCE_DEG = 1e-5;

  private static final ObjectMapper JSON = StacJson.MAPPER;

  private StacItemParser() {}

  /**
   * @param position 1-based position in the input, for the rejection
   * @param defaultCollection the collection for items that do not name one, or null
   */
  public static ParsedItem parse(JsonNode item, long position, String defaultCollection) {
    return parse(item, null, position, defaultCollection);
  }

  /**
   * @param originalJson the Item's text exactly as received, stored as it is; null to write the
   *     tree back out (which keeps every value: {@link StacJson} reads numbers exactly)
   * @param position 1-based position in the input, for the rejection
   * @param defaultCollection the collection for items that do not name one, or null
   */
  public static ParsedItem parse(
      JsonNode item, String originalJson, long position, String defaultCollection) {
    String id = item == null ? null : text(item, "id");
    try {
      return new ParsedItem.Accepted(scene(item, originalJson, id, defaultCollection));
    } catch (ItemException e) {
      return new ParsedItem.Rejected(new Rejection(position, id, e.getMessage()));
    }
  }

  private static Scene scene(
      JsonNode item, String originalJson, String id, String defaultCollection) {
    if (item == null || !item.isObject()) {
      throw new ItemException("not a JSON object");
    }
    if (!"Feature".equals(text(item, "type"))) {
      throw new ItemException(
          "type must be \"Feature\" for a STAC Item, got " + describe(item.get("type")));
    }
    String version = text(item, "stac_version");
    if (version == null) {
      throw new ItemException(
          looksFlattened(item)
              ? "stac_version is missing: this is a GeoJSON Feature with its STAC fields in"
                  + " properties (a flattened footprint, as Maxar's or a stac-geoparquet export"
                  + " has); read it with the flat input format (--format flat; over HTTP"
                  + " ?format=flat)"
              : "stac_version is missing");
    }
    if (!version.matches("(0\\.9|1\\.0|1\\.1)\\.\\d+(-(beta|rc)\\.\\d+)?")) {
      throw new ItemException(
          "stac_version "
              + version
              + " is not supported; expected 1.0.x or 1.1.x (0.9 and 1.0"
              + " betas are read too)");
    }
    if (id == null || id.isBlank()) {
      throw new ItemException("id is missing");
    }
    String idProblem = StacIds.problem("id", id);
    if (idProblem != null) {
      throw new ItemException(idProblem);
    }
    String collection = text(item, "collection");
    if (collection == null || collection.isBlank()) {
      collection = defaultCollection;
    }
    if (collection == null) {
      throw new ItemException("collection is missing (and the input names no default collection)");
    }
    String collectionProblem = StacIds.problem("collection", collection);
    if (collectionProblem != null) {
      throw new ItemException(collectionProblem);
    }
    JsonNode p = item.path("properties");
    if (!p.isObject()) {
      throw new ItemException("properties is missing");
    }
    Instant datetime = instant(p, "datetime");
    Instant start = instant(p, "start_datetime");
    Instant end = instant(p, "end_datetime");
    if (datetime == null) {
      if (start == null || end == null) {
        throw new ItemException(
            "datetime is null or missing, and start_datetime and end_datetime are not both given");
      }
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new ItemException("end_datetime " + end + " is before start_datetime " + start);
    }
    Geometry footprint = footprint(item.get("geometry"));
    BoundingBox bbox = bbox(item.get("bbox"), footprint);
    Double cloud = number(p, "eo:cloud_cover");
    if (cloud != null && !(cloud >= 0 && cloud <= 100)) {
      throw new ItemException("eo:cloud_cover " + format(cloud) + " is outside 0..100");
    }
    Double gsd = number(p, "gsd");
    if (gsd != null && !(gsd > 0)) {
      throw new ItemException("gsd " + format(gsd) + " must be positive (metres)");
    }
    List<String> providers = new ArrayList<>();
    p.path("providers")
        .forEach(
            provider -> {
              if (provider.hasNonNull("name")) {
                providers.add(provider.get("name").asText());
              }
            });
    List<String> instruments = new ArrayList<>();
    p.path("instruments").forEach(instrument -> instruments.add(instrument.asText()));
    try {
      return new Scene(
          collection,
          id,
          datetime != null ? datetime : start,
          start,
          end,
          footprint,
          bbox,
          text(p, "platform"),
          text(p, "constellation"),
          instruments,
          gsd,
          cloud,
          number(p, "view:off_nadir"),
          number(p, "view:sun_elevation"),
          number(p, "view:sun_azimuth"),
          providers,
          text(p, "license"),
          href(item, "thumbnail"),
          href(item, "visual"),
          version,
          originalJson != null ? originalJson : JSON.writeValueAsString(item));
    } catch (JsonProcessingException e) {
      throw new ItemException("cannot be written back as JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Whether an Item without {@code stac_version} is a flattened footprint: a Feature whose
   * properties carry the STAC fields ({@code stac_version} or {@code datetime}).
   */
  private static boolean looksFlattened(JsonNode item) {
    JsonNode properties = item.path("properties");
    return properties.isObject()
        && (properties.has("stac_version")
            || properties.has("datetime")
            || properties.has("start_datetime"));
  }

  private static Geometry footprint(JsonNode geometry) {
    if (geometry == null || geometry.isNull()) {
      throw new ItemException("geometry is null: a scene needs a footprint");
    }
    Geometry footprint;
    try {
      footprint = GeoJsonGeometryReader.read(geometry, "geometry");
    } catch (InvalidGeometryException e) {
      throw new ItemException(e.getMessage());
    }
    String type = footprint.getGeometryType();
    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
      throw new ItemException("geometry must be a Polygon or MultiPolygon footprint, got " + type);
    }
    if (footprint.isEmpty()) {
      throw new ItemException("geometry is empty");
    }
    Envelope e = footprint.getEnvelopeInternal();
    if (e.getMinX() < -360 || e.getMaxX() > 360 || e.getMinY() < -90 || e.getMaxY() > 90) {
      throw new ItemException(
          "geometry has coordinates outside longitude -180..180, latitude -90..90");
    }
    // Longitudes just past the antimeridian (pixel edges of tiles at 180) are wrapped into
    // -180..180;
    // the footprint then crosses the antimeridian and is split there.
    try {
      footprint = Antimeridian.normalise(Antimeridian.wrapLongitudes(footprint));
    } catch (TopologyException cut) {
      // Cutting a self-intersecting footprint at the antimeridian fails in JTS (found by fuzzing).
      throw new ItemException(
          "geometry is invalid where it is cut at the antimeridian: "
              + cut.getMessage().toLowerCase(Locale.ROOT));
    }
    if (footprint.isEmpty()) {
      // A footprint without area (a zero-height box, say) that wraps: nothing is left once it is
      // cut at the antimeridian (found by fuzzing; its empty envelope crashed the bbox).
      throw new ItemException("geometry has no area once cut at the antimeridian");
    }
    TopologyValidationError error = new IsValidOp(footprint).getValidationError();
    if (error != null) {
      throw new ItemException(
          String.format(
              Locale.ROOT,
              "geometry is invalid: %s at %s %s",
              error.getMessage().toLowerCase(Locale.ROOT),
              format(error.getCoordinate().x),
              format(error.getCoordinate().y)));
    }
    return footprint;
  }

  private static BoundingBox bbox(JsonNode node, Geometry footprint) {
    Envelope e = footprint.getEnvelopeInternal();
    boolean split = footprint.getNumGeometries() > 1 && e.getMaxX() - e.getMinX() > 180;
    if (node == null || node.isNull()) {
      return split
          ? crossingBox(footprint)
          : BoundingBox.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
    if (!node.isArray() || (node.size() != 4 && node.size() != 6)) {
      throw new ItemException("bbox must have 4 or 6 numbers, got " + describe(node));
    }
    int half = node.size() / 2;
    double west = Antimeridian.wrap(node.get(0).asDouble());
    double south = node.get(1).asDouble();
    double east = Antimeridian.wrap(node.get(half).asDouble());
    double north = node.get(half + 1).asDouble();
    BoundingBox box;
    try {
      box = BoundingBox.of(west, south, east, north);
    } catch (IllegalArgumentException ex) {
      throw new ItemException("bbox " + node + " is not a valid box: " + ex.getMessage());
    }
    for (int i = 0; i < footprint.getNumGeometries(); i++) {
      Envelope partEnvelope = footprint.getGeometryN(i).getEnvelopeInternal();
      boolean inside =
          box.toPolygons().stream()
              .map(
                  p -> {
                    Envelope env = new Envelope(p.getEnvelopeInternal());
                    env.expandBy(BBOX_TOLERANCE_DEG);
                    return env;
                  })
              .anyMatch(env -> env.contains(partEnvelope));
      if (!inside) {
        throw new ItemException(
            "bbox "
                + node
                + " does not contain the geometry (which spans "
                + format(partEnvelope.getMinX())
                + " "
                + format(partEnvelope.getMinY())
                + " to "
                + format(partEnvelope.getMaxX())
                + " "
                + format(partEnvelope.getMaxY())
                + ")");
      }
    }
    return box;
  }

  private static BoundingBox crossingBox(Geometry footprint) {
    double west = 180;
    double east = -180;
    double south = 90;
    double north = -90;
    for (int i = 0; i < footprint.getNumGeometries(); i++) {
      Envelope e = footprint.getGeometryN(i).getEnvelopeInternal();
      if (e.getMinX() >= 0) {
        west = Math.min(west, e.getMinX());
      } else {
        east = Math.max(east, e.getMaxX());
      }
      south = Math.min(south, e.getMinY());
      north = Math.max(north, e.getMaxY());
    }
    return BoundingBox.of(west, south, east, north);
  }

  /** A date and a space, where RFC 3339 (5.6) lets a space stand for the "T". */
  private static final Pattern DATE_THEN_SPACE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} ");

  private static Instant instant(JsonNode properties, String field) {
    JsonNode node = properties.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new ItemException(
          field + " must be an RFC 3339 date-time string, got " + describe(node));
    }
    try {
      // RFC 3339 (5.6) allows a space instead of "T" between date and time; some producers use it.
      String text = node.asText().toUpperCase(Locale.ROOT);
      if (text.length() > 10
          && text.charAt(10) == ' '
          && DATE_THEN_SPACE.matcher(text).lookingAt()) {
        text = text.substring(0, 10) + 'T' + text.substring(11);
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ItemException(field + " '" + node.asText() + "' is not an RFC 3339 date-time");
    }
  }

  private static Double number(JsonNode properties, String field) {
    JsonNode node = properties.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      throw new ItemException(field + " must be a number, got " + describe(node));
    }
    double value = node.asDouble();
    if (!Double.isFinite(value)) {
      // a JSON number too large for a double (1e400) reads as infinity
      throw new ItemException(field + " " + describe(node) + " is out of range");
    }
    return value;
  }

  private static String href(JsonNode item, String asset) {
    JsonNode href = item.path("assets").path(asset).path("href");
    return href.isTextual() ? href.asText() : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A rule an item breaks; becomes its rejection reason. */
  private static final class ItemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ItemException(String message) {
      super(message, null, false, false);
    }
  }
}
