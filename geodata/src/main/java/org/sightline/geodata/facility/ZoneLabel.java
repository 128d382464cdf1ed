package org.sightline.geodata.facility;

import java.util.Set;
import org.sightline.geodata.InvalidDataException;

/**
 * What names a zone across its versions and what it is: the fields zones have beyond every dated
 * area's, checked here.
 *
 * @param zoneKey names the zone across its versions, e.g. {@code housing-east}: 1-64 of a-z, 0-9, '-'
 * @param name required, NFC
 * @param nameKo Hangul, NFC, or null
 * @param kind one of {@link #KINDS}
 */
public record ZoneLabel(String zoneKey, String name, String nameKo, String kind) implements AreaLabel {
  public static final Set<String> KINDS = Set.of("housing", "mine", "farm", "factory", "administration", "security",
      "detention", "other");

  /**
   * The checked label of a zone as a client sends it.
   *
   * @throws InvalidDataException naming the field, for the first problem
   */
  public static ZoneLabel check(String zoneKey, String name, String nameKo, String kind) {
    String key = zoneKey == null ? "" : zoneKey.strip();
    if (!key.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new InvalidDataException("zoneKey must be 1-64 characters of lowercase letters, digits and '-', e.g."
          + " housing-east; it names the zone across its versions");
    }
    return new ZoneLabel(key, RegistryText.required("name", name, RegistryText.MAX_NAME),
        RegistryText.hangul("nameKo", nameKo), AreaFields.oneOf("kind", kind, KINDS));
  }
}
