package org.sightline.geodata.testimony.io;

import java.util.List;
import java.util.Objects;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Sharing;

/**
 * One claim made from a TimeMap event and one of its sources (an event with two sources makes two
 * claims, one per document); checked, not yet stored.
 *
 * @param eventIndex the event's 1-based position among the file's events
 * @param eventId the event's id
 * @param sourceId the source's id, or null for an event without sources
 * @param externalRef {@code timemap:<eventId>:<sourceId>}, or {@code timemap:<eventId>} without a
 *     source: a re-import finds the claim by it
 * @param type from the event's associations, category or type by the caller's mapping
 * @param description the event's description, NFC, as given
 * @param time the event's date as EDTF: a day {@code 2019-08-23}, or a month {@code 2019-08} or a
 *     year {@code 2019} when the file gives no more
 * @param timeStated the date (and time) as the file gives them: {@code 8/23/2019 18:30}
 * @param place the event's point with the caller's radius; its description is the event's {@code
 *     location}
 * @param informationGrade the caller's default
 * @param sharing the source's ({@link Sharing#CORROBORATION_ONLY} for a hidden source), else the
 *     caller's default
 * @param associations the event's association ids as given
 * @param warnings what was assumed (a default claim type)
 */
public record TimeMapClaim(
    int eventIndex,
    String eventId,
    String sourceId,
    String externalRef,
    ClaimType type,
    String description,
    String time,
    String timeStated,
    ClaimPlace.AtPoint place,
    InformationGrade informationGrade,
    Sharing sharing,
    List<String> associations,
    List<String> warnings) {

  public TimeMapClaim {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(externalRef, "externalRef");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(informationGrade, "informationGrade");
    Objects.requireNonNull(sharing, "sharing");
    associations = List.copyOf(associations);
    warnings = List.copyOf(warnings);
  }

  /** The external reference of the claim's document ({@code timemap-source:<id>}), or null. */
  public String documentRef() {
    return sourceId == null ? null : TimeMapSource.ref(sourceId);
  }
}
