package org.sightline.server.testimony;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The body that records or replaces a claim: an event described in a testimony (or a document).
 * Codes are the vocabularies' ({@code /api/vocabulary}).
 *
 * @param testimony the testimony it comes from; exactly one of testimony and document
 * @param document the documentary source it comes from
 * @param organisation the originating organisation; default: the testimony's or document's
 * @param sharing default: the testimony's or document's
 * @param time EDTF (ISO 8601-2 levels 0 and 1), e.g. {@code 1997-24} (winter 1997), {@code 199X},
 *     {@code 1996/1998}; or null when {@code timeStated} gives it
 * @param timeStated the time in the witness's words ({@code 1997년 겨울}, {@code early January 1997}):
 *     read into the EDTF when {@code time} is null, kept as said either way
 * @param informationGrade the Admiralty credibility of the information, {@code 1} to {@code 6}
 * @param witnessRelation how the witness knows: {@code victim}, {@code eyewitness}, {@code
 *     heard-from-victim} or {@code hearsay}; only for claims from testimony
 * @param heardFrom the code of the witness in Sightline it was heard from, when known
 * @param heardFromNote from whom it was heard, in words, when that person is not a witness here
 * @param places where: one or more
 * @param externalRef the originating organisation's reference, unique per organisation (imports)
 */
public record ClaimEdit(
    Long testimony,
    Long document,
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
    String time,
    String timeStated,
    List<PlaceEdit> places,
    String externalRef) {

  /**
   * One place: a point with a radius ({@code point} [longitude, latitude] and {@code radiusM}), an
   * area ({@code area}: a GeoJSON Polygon or MultiPolygon), or somewhere inside a facility ({@code
   * facility}: its id, optionally {@code zone}: a zone key).
   */
  public record PlaceEdit(
      List<Double> point,
      Double radiusM,
      JsonNode area,
      String facility,
      String zone,
      String description) {}
}
