package org.sightline.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A new boundary version as a client sends it: only the fields every dated area has. */
public record BoundaryEdit(
    JsonNode geometry,
    String validFrom,
    String validTo,
    String basis,
    String confidence,
    String sceneId,
    List<String> sourceIds,
    String note)
    implements DatedAreaEdit {}
