package org.sightline.server.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A facility as the registry holds it.
 *
 * @param id stable id and slug, e.g. {@code kwanliso-15-yodok}; never changes
 * @param nameKo Hangul, Unicode NFC
 * @param nameMr McCune-Reischauer romanization, e.g. {@code Yodŏk}
 * @param nameRr Revised Romanization, e.g. {@code Yodeok}
 * @param statusSince the date from which the status is known to hold, or null
 * @param location EPSG:4326, longitude/latitude: a point, or a (multi)polygon
 * @param version bumped by every edit; clients send it back as {@code If-Match: "v<version>"}
 */
public record RegistryEntry(
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
    boolean published,
    int version,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy,
    Instant deletedAt,
    String deletedBy,
    String deletionReason) {

  public RegistryEntry {
    aliases = List.copyOf(aliases);
  }
}
