package org.sightline.server.testimony;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.api.GeoJsonGeometrySerializer;

/**
 * A claim: an event described in a testimony or a document, with its uncertain time (never a
 * midpoint), its places and the region they stand for, and the facilities it is linked to.
 *
 * @param witness the code of the witness whose testimony it comes from; null for a document
 * @param synthetic true for the sample's made-up claims, never real testimony
 */
public record ClaimView(
    long id,
    Long testimony,
    Long document,
    String witness,
    String organisation,
    String sharing,
    String type,
    String description,
    String perpetratorUnit,
    Integer victimsMin,
    Integer victimsMax,
    String informationGrade,
    String witnessRelation,
    String heardFrom,
    String heardFromNote,
    Time time,
    List<Place> places,
    String placePrecision,
    @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry region,
    List<Link> links,
    String externalRef,
    boolean synthetic,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public ClaimView {
    places = List.copyOf(places);
    links = List.copyOf(links);
  }

  /**
   * When: the EDTF, the span of days it allows (either end open), its precision, the witness's
   * words, and the export precision codes.
   *
   * @param acledTimePrecision ACLED's {@code time_precision} (1 day, 2 week, 3 month or coarser)
   * @param ucdpDatePrec UCDP GED's {@code date_prec} (1 exact to 5 year or coarser)
   */
  public record Time(
      String edtf,
      LocalDate earliest,
      LocalDate latest,
      String precision,
      String stated,
      int acledTimePrecision,
      int ucdpDatePrec) {}

  /**
   * One place as given: {@code point} (longitude, latitude) with {@code radiusM}, {@code area}, or
   * {@code facility} (with {@code zone}).
   */
  public record Place(
      String kind,
      List<Double> point,
      Double radiusM,
      @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry area,
      String facility,
      String zone,
      String precision,
      String description) {}

  /**
   * A facility whose boundary (or zone) version valid during the claim's time intersects its
   * region.
   *
   * @param boundaryId the boundary version, or null when the link is through a zone
   * @param zone the zone key, or null
   * @param overlapFraction the share of the claim's region inside that boundary or zone, 0-1
   */
  public record Link(String facility, Long boundaryId, String zone, double overlapFraction) {}
}
