package org.sightline.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A new boundary version as a client sends it.
 *
 * @param geometry GeoJSON Polygon or MultiPolygon
 * @param validFrom ISO date or null (open start); validTo ISO date, exclusive, or null (still valid)
 */
public record BoundaryEdit(JsonNode geometry, String validFrom, String validTo, String basis, String confidence,
    String sceneId, List<String> sourceIds, String note) {}
