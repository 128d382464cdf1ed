package org.sightline.server.corroboration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A stored corroborated event as read.
 *
 * @param place the combined place, EPSG:4326
 * @param explanation the stored explanation (JSON)
 * @param members its members, with whether each may be shown
 */
public record EventRow(
    long id,
    String eventKey,
    String level,
    int independentSources,
    List<String> sourceKinds,
    List<String> types,
    LocalDate earliest,
    LocalDate latest,
    Geometry place,
    List<String> facilities,
    JsonNode explanation,
    boolean synthetic,
    Instant computedAt,
    List<Member> members) {

  public EventRow {
    sourceKinds = List.copyOf(sourceKinds);
    types = List.copyOf(types);
    facilities = List.copyOf(facilities);
    members = List.copyOf(members);
  }

  /**
   * @param key {@code claim:<id>} or {@code change:<facility>:<event key>} (no slash: keys name
   *     features in URLs)
   * @param kind {@code testimony}, {@code document} or {@code imagery}
   * @param withheld true when its organisation let it count but not be shown: only its key and kind
   *     are given
   */
  public record Member(String key, String kind, boolean withheld) {}
}
