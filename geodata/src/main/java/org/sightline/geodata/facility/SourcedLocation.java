package org.sightline.geodata.facility;

import java.util.Objects;
import org.locationtech.jts.geom.Point;

/**
 * Where one source places a facility. Sources often disagree (HRNK and Wikipedia put Camp 16 10.5
 * km apart), so a facility keeps every sourced point rather than one silently chosen.
 *
 * @param sourceId the {@link org.sightline.geodata.source.Source} id
 * @param recordId the record's id within that source (placemark id, Wikidata id, ...)
 * @param nameAsPublished the facility's name as that source writes it
 * @param point the location, EPSG:4326, longitude/latitude order, exactly as published
 * @param url a link to the record, or null
 * @param primary whether this is the location the facility is drawn at
 * @param note a factual remark on this location, or null
 */
public record SourcedLocation(
    String sourceId,
    String recordId,
    String nameAsPublished,
    Point point,
    String url,
    boolean primary,
    String note) {
  public SourcedLocation {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(nameAsPublished, "nameAsPublished");
    Objects.requireNonNull(point, "point");
    if (recordId.isBlank()) {
      throw new IllegalArgumentException("recordId is blank");
    }
  }
}
