package org.sightline.geodata.corroboration;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;

/**
 * One piece of evidence for corroboration: a claim, an imagery change or a document's statement,
 * with its type, its uncertain time and its place region.
 *
 * @param key stable and unique among the items corroborated together, e.g. {@code claim:123} or
 *     {@code change:kwanliso-14/ev-7}; the order of keys (String order) decides which member is an
 *     event's first
 * @param eventType what happened; imagery items only types {@link EventType#visibleFromSpace()}
 * @param earliest the earliest date the event may have taken place, inclusive, or null when open;
 *     dates lie in the years 1 to 9999
 * @param latest the latest date, inclusive, or null when open; not before {@code earliest}
 * @param region where it may have taken place, EPSG:4326 longitude/latitude (SRID 4326 or 0): a
 *     Point, Polygon or MultiPolygon, or a collection of them, usually a {@link
 *     org.sightline.geodata.place.PlaceRegion}'s; not checked for validity here (it was when the
 *     place was stored)
 * @param source where the information comes from; its kind is the item's kind
 * @param testimonyKey for testimony only: the interview the claim was made in, or null; claims of
 *     different interviews may be flagged as duplicates ({@link Corroboration#duplicateCandidates})
 * @param description the claim's text as recorded, in any language, or null
 */
public record EvidenceItem(
    String key,
    EventType eventType,
    LocalDate earliest,
    LocalDate latest,
    Geometry region,
    SourceRef source,
    String testimonyKey,
    String description) {

  /**
   * @throws InvalidDataException naming the item and the field when a field is missing, the dates
   *     are in the wrong order, the region is empty, of another type or SRID, or out of range, the
   *     type cannot be seen in imagery for an imagery item, or a testimony key is given for
   *     anything but testimony
   */
  public EvidenceItem {
    if (key == null || key.isBlank()) {
      throw new InvalidDataException("item: key is missing");
    }
    if (eventType == null) {
      throw new InvalidDataException("item " + key + ": eventType is missing");
    }
    if (source == null) {
      throw new InvalidDataException("item " + key + ": source is missing");
    }
    checkYear(key, "earliest", earliest);
    checkYear(key, "latest", latest);
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new InvalidDataException(
          "item " + key + ": latest " + latest + " is before earliest " + earliest);
    }
    checkRegion(key, region);
    if (source.kind() == EvidenceKind.IMAGERY && !eventType.visibleFromSpace()) {
      throw new InvalidDataException(
          "item "
              + key
              + ": imagery cannot show '"
              + eventType.code()
              + "'; expected one of "
              + Arrays.stream(EventType.values())
                  .filter(EventType::visibleFromSpace)
                  .map(EventType::code)
                  .collect(Collectors.joining(", ")));
    }
    if (testimonyKey != null
        && (source.kind() != EvidenceKind.TESTIMONY || testimonyKey.isBlank())) {
      throw new InvalidDataException(
          "item " + key + ": testimonyKey is for testimony only and must not be blank");
    }
  }

  /**
   * An item with no testimony key and no description.
   *
   * @param eventTypeCode an {@link EventType} code, e.g. {@code public-execution}
   * @throws InvalidDataException as the constructor, and for an unknown type code
   */
  public static EvidenceItem of(
      String key,
      String eventTypeCode,
      LocalDate earliest,
      LocalDate latest,
      Geometry region,
      SourceRef source) {
    EventType type;
    try {
      type = EventType.fromCode(eventTypeCode);
    } catch (InvalidDataException e) {
      throw new InvalidDataException("item " + key + ": " + e.getMessage(), e);
    }
    return new EvidenceItem(key, type, earliest, latest, region, source, null, null);
  }

  /** This claim as made in the interview {@code testimonyKey}, with its recorded text. */
  public EvidenceItem withTestimony(String testimonyKey, String description) {
    return new EvidenceItem(
        key, eventType, earliest, latest, region, source, testimonyKey, description);
  }

  /** The kind of evidence: its source's kind. */
  public EvidenceKind kind() {
    return source.kind();
  }

  private static void checkYear(String key, String field, LocalDate date) {
    if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
      throw new InvalidDataException(
          "item " + key + ": " + field + " " + date + " is outside the years 1 to 9999");
    }
  }

  private static void checkRegion(String key, Geometry region) {
    if (region == null || region.isEmpty()) {
      throw new InvalidDataException("item " + key + ": region is missing or empty");
    }
    if (region.getSRID() != 0 && region.getSRID() != Geometries.SRID_WGS84) {
      throw new InvalidDataException(
          "item "
              + key
              + ": region has SRID "
              + region.getSRID()
              + "; only EPSG:4326 (longitude, latitude) is accepted");
    }
    if (!allowedType(region)) {
      throw new InvalidDataException(
          "item "
              + key
              + ": region is a "
              + region.getGeometryType()
              + "; expected a Point, Polygon or MultiPolygon");
    }
    Envelope e = region.getEnvelopeInternal();
    if (!(e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90)) {
      throw new InvalidDataException(
          "item " + key + ": region is out of range (longitude -180..180, latitude -90..90): " + e);
    }
  }

  private static boolean allowedType(Geometry g) {
    if (g instanceof Point || g instanceof Polygon || g instanceof MultiPolygon) {
      return true;
    }
    if (g.getClass() == GeometryCollection.class) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (!allowedType(g.getGeometryN(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
