package org.sightline.server.registry;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.facility.Facility;

/**
 * The fields of a facility as written to {@code facility}: checked and normalised by the caller
 * ({@link FacilityRegistry}, or sample data from public sources). Bound by name
 * ({@code @BindMethods}) in {@link FacilityDao}.
 *
 * @param type a {@code FacilityType} code
 * @param status a {@code FacilityStatus} code
 * @param location EPSG:4326, longitude/latitude
 * @param published whether anonymous visitors see it (on insert only; edits never change it)
 */
public record FacilityFields(
    String id,
    String name,
    String nameKo,
    String nameMr,
    String nameRr,
    List<String> aliases,
    String type,
    String status,
    LocalDate statusSince,
    String controllingAgency,
    String province,
    String description,
    Geometry location,
    boolean published) {

  public FacilityFields {
    aliases = List.copyOf(aliases);
  }

  /** A facility of the sample data, which has no romanizations, status date or description. */
  public static FacilityFields of(Facility facility, boolean published) {
    return new FacilityFields(
        facility.id(),
        facility.name(),
        facility.nameKo(),
        null,
        null,
        facility.aliases(),
        facility.type().code(),
        facility.status().code(),
        null,
        facility.controllingAgency(),
        facility.province(),
        null,
        facility.location(),
        published);
  }

  /** The aliases as the {@code text[]} column takes them. */
  public String[] aliasArray() {
    return aliases.toArray(String[]::new);
  }
}
