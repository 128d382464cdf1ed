package org.sightline.server.corroboration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.corroboration.CombinedPlace;
import org.sightline.geodata.corroboration.Explanation;
import org.sightline.geodata.json.JsonMapping;

/**
 * An event's explanation as the JSON stored with it and served by the API: every part of {@link
 * Explanation} except the combined place's geometry, which is the event's own geometry.
 * Thread-safe.
 */
final class ExplanationJson {
  private static final ObjectMapper MAPPER =
      JsonMapping.newMapper().addMixIn(CombinedPlace.class, WithoutRegion.class);

  private ExplanationJson() {}

  static String write(Explanation explanation) {
    try {
      return MAPPER.writeValueAsString(explanation);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "explanation of " + explanation.eventKey() + " is not JSON", e);
    }
  }

  /** Leaves the geometry out of a combined place. */
  abstract static class WithoutRegion {
    @JsonIgnore
    abstract Geometry region();
  }
}
