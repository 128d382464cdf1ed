package org.sightline.geodata.testimony.io;

import java.util.List;
import java.util.Objects;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.WitnessRelation;

/**
 * One claim read from a claims CSV, checked as far as a file allows: the references to its
 * testimony or document, its facility and the witness it was heard from are not yet resolved, and
 * its time is the text given.
 *
 * @param row the row's 1-based number after the header
 * @param ref the claim's external reference, unique in the file: a re-import finds the claim by it
 * @param testimonyRef the external reference of the testimony it comes from, or null
 * @param documentRef the external reference of the document it comes from, or null; exactly one of
 *     the two is given
 * @param description NFC, as given (HTML and SQL are plain text, never escaped here)
 * @param time as given: EDTF ({@code 1997-12}) or the witness's words ({@code 1997년 겨울}), for the
 *     server to interpret
 * @param places at least one, in the order point, facility, area
 * @param witnessRelation how the witness knows of the event; given exactly for a claim from a
 *     testimony
 * @param heardFrom the code of the witness the event was heard from ({@code W-7K3Q9A}), only for
 *     {@link WitnessRelation#HEARD_FROM_VICTIM} and {@link WitnessRelation#HEARSAY}; or null
 * @param perpetratorUnit or null
 * @param victimsMin 0 or more, or null
 * @param victimsMax 0 or more and at least {@code victimsMin}, or null
 * @param sharing the originating organisation's restriction; {@link Sharing#STAFF_ONLY} when the
 *     file gives none
 * @param warnings what was noticed but did not stop the row (a point outside the Korean peninsula)
 */
public record ClaimRow(
    int row,
    String ref,
    String testimonyRef,
    String documentRef,
    ClaimType type,
    String description,
    String time,
    List<ClaimPlace> places,
    InformationGrade informationGrade,
    WitnessRelation witnessRelation,
    String heardFrom,
    String perpetratorUnit,
    Integer victimsMin,
    Integer victimsMax,
    Sharing sharing,
    List<String> warnings) {

  public ClaimRow {
    if (row < 1) {
      throw new IllegalArgumentException("row must be 1 or more, got " + row);
    }
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(informationGrade, "informationGrade");
    Objects.requireNonNull(sharing, "sharing");
    places = List.copyOf(places);
    warnings = List.copyOf(warnings);
    if ((testimonyRef == null) == (documentRef == null)) {
      throw new IllegalArgumentException("exactly one of testimonyRef and documentRef is needed");
    }
    if ((testimonyRef == null) != (witnessRelation == null)) {
      throw new IllegalArgumentException(
          "witnessRelation is given exactly for a claim from a testimony");
    }
    if (heardFrom != null
        && witnessRelation != WitnessRelation.HEARD_FROM_VICTIM
        && witnessRelation != WitnessRelation.HEARSAY) {
      throw new IllegalArgumentException("heardFrom is only for heard-from-victim or hearsay");
    }
    if (places.isEmpty()) {
      throw new IllegalArgumentException("a claim needs a place");
    }
    if ((victimsMin != null && victimsMin < 0) || (victimsMax != null && victimsMax < 0)) {
      throw new IllegalArgumentException("victim counts must be 0 or more");
    }
    if (victimsMin != null && victimsMax != null && victimsMin > victimsMax) {
      throw new IllegalArgumentException("victimsMin must not exceed victimsMax");
    }
  }
}
