package org.sightline.server.imports;

import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.server.errors.InvalidInputException;

/**
 * What an imported facility without {@code type} or {@code status} is recorded as; each use is a
 * warning in the report. By default {@code other} and {@code unconfirmed}: a placemark drawn in
 * Google Earth says where a site is, not what it is nor whether it operates.
 *
 * @param type a facility type code
 * @param status a facility status code
 */
public record ImportDefaults(String type, String status) {
  public static final ImportDefaults STANDARD =
      new ImportDefaults(FacilityType.OTHER.code(), FacilityStatus.UNCONFIRMED.code());

  /**
   * The defaults a client asked for ({@code null} or blank: the standard one).
   *
   * @throws InvalidInputException naming the parameter and the allowed codes when a code is unknown
   */
  public static ImportDefaults of(String defaultType, String defaultStatus) {
    String type = blank(defaultType) ? STANDARD.type : defaultType.strip();
    String status = blank(defaultStatus) ? STANDARD.status : defaultStatus.strip();
    try {
      FacilityType.fromCode(type);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("defaultType: " + e.getMessage());
    }
    try {
      FacilityStatus.fromCode(status);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("defaultStatus: " + e.getMessage());
    }
    return new ImportDefaults(type, status);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
