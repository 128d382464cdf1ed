package org.sightline.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sightline.geodata.facility.ZoneLabel;

/**
 * A new zone version as a client sends it: a {@link ZoneLabel}'s fields and those every dated area
 * has.
 */
public record ZoneEdit(
    String zoneKey,
    String name,
    String nameKo,
    String kind,
    JsonNode geometry,
    String validFrom,
    String validTo,
    String basis,
    String confidence,
    String sceneId,
    List<String> sourceIds,
    String note)
    implements DatedAreaEdit {}
