package org.sightline.geodata.facility;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;

/**
 * A detention site.
 *
 * @param id stable slug, e.g. {@code kwanliso-15-yodok}: 2-64 characters of a-z, 0-9 and '-'
 * @param name primary English name
 * @param nameKo name in Hangul (Unicode NFC), or null when no source gives one
 * @param aliases other names used by sources and witnesses
 * @param type kind of facility
 * @param status what is known of whether it operates
 * @param province province, or null
 * @param controllingAgency the agency that runs it as a source names it (e.g. Ministry of State
 *     Security), or null when unknown
 * @param location where the facility is drawn: a point or (multi)polygon, EPSG:4326,
 *     longitude/latitude order
 * @param sourcedLocations every location a source gives, the primary one included
 */
public record Facility(
    String id,
    String name,
    String nameKo,
    List<String> aliases,
    FacilityType type,
    FacilityStatus status,
    String province,
    String controllingAgency,
    Geometry location,
    List<SourcedLocation> sourcedLocations) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

  public Facility {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "facility id '" + id + "' must be 2-64 characters of lowercase letters, digits and '-'");
    }
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("facility " + id + " has a blank name");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(location, "location");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    sourcedLocations = List.copyOf(sourcedLocations == null ? List.of() : sourcedLocations);
    if (sourcedLocations.stream().filter(SourcedLocation::primary).count() > 1) {
      throw new IllegalArgumentException("facility " + id + " has more than one primary location");
    }
  }

  /** Whether the facility is placed by a single point rather than a boundary. */
  public boolean isPointOnly() {
    return location.getDimension() == 0;
  }
}
