package org.sightline.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.sightline.geodata.source.Source;
import org.sightline.server.registry.CandidateDuplicate;

/**
 * The {@code properties} of a facility feature.
 *
 * @param type a {@link org.sightline.geodata.facility.FacilityType} code
 * @param status a {@link org.sightline.geodata.facility.FacilityStatus} code
 * @param controllingAgency the agency that runs it, as a source names it, or null
 * @param locations every location a source gives, the primary first
 * @param sources the sources cited by those locations
 * @param possibleDuplicateOf when this record is a candidate duplicate (V012's rule), the facility
 *     it possibly duplicates; else null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FacilityProperties(
    String name,
    String nameKo,
    List<String> aliases,
    String type,
    String status,
    String province,
    String controllingAgency,
    List<SourcedLocationJson> locations,
    List<SourceJson> sources,
    PossibleDuplicate possibleDuplicateOf) {

  /**
   * The namesake of a candidate duplicate.
   *
   * @param distanceKm distance between the two locations on the WGS 84 spheroid, km, 2 decimals
   */
  public record PossibleDuplicate(String id, String name, double distanceKm) {
    public static PossibleDuplicate of(CandidateDuplicate candidate) {
      return new PossibleDuplicate(
          candidate.duplicateOf(), candidate.duplicateOfName(), candidate.distanceKm());
    }
  }

  /**
   * One sourced location.
   *
   * @param lon longitude, degrees (WGS 84)
   * @param lat latitude, degrees (WGS 84)
   * @param distanceKm distance from the facility's location on the WGS 84 spheroid, km, 2 decimals
   */
  public record SourcedLocationJson(
      String source,
      String sourceTitle,
      String recordId,
      String name,
      double lon,
      double lat,
      String url,
      boolean primary,
      double distanceKm,
      String note) {}

  /**
   * A cited source.
   *
   * @param retrievedOn the date the cited copy was retrieved (access date), or null when unknown
   */
  public record SourceJson(
      String id,
      String publisher,
      String title,
      String url,
      String licence,
      LocalDate retrievedOn) {

    public static SourceJson of(Source source) {
      return new SourceJson(
          source.id(),
          source.publisher(),
          source.title(),
          source.url(),
          source.licence(),
          source.retrievedOn());
    }
  }
}
