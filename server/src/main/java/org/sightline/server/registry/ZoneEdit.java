package org.sightline.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A new zone version as a client sends it; see {@link ZoneVersion} and {@link BoundaryEdit}. */
public record ZoneEdit(String zoneKey, String name, String nameKo, String kind, JsonNode geometry, String validFrom,
    String validTo, String basis, String confidence, String sceneId, List<String> sourceIds, String note) {}
