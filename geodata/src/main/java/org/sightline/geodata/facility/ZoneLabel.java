package org.sightline.geodata.facility;

import java.util.Set;

/**
 * What names a zone across its versions and what it is: the fields zones have beyond every dated
 * area's. The server checks them ({@code DatedAreaKind.ZONE}).
 *
 * @param zoneKey names the zone across its versions, e.g. {@code housing-east}: 1-64 of a-z, 0-9,
 *     '-'
 * @param name required, NFC
 * @param nameKo Hangul, NFC, or null
 * @param kind one of {@link #KINDS}
 */
public record ZoneLabel(String zoneKey, String name, String nameKo, String kind)
    implements AreaLabel {
  public static final Set<String> KINDS =
      Set.of(
          "housing", "mine", "farm", "factory", "administration", "security", "detention", "other");
}
