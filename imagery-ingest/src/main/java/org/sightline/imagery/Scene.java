package org.sightline.imagery;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * One satellite image's metadata, normalised from a STAC Item.
 *
 * <p>This is the seed of the imagery catalogue (a later issue adds STAC parsing, validation and
 * ingest); it already holds the invariants every scene must keep.
 *
 * @param collection the STAC collection id
 * @param id the STAC Item id, unique within its collection
 * @param acquiredAt acquisition time (STAC {@code datetime}), UTC
 * @param footprint the imaged area, EPSG:4326, longitude/latitude order
 * @param cloudCoverPct cloud cover over the whole scene in percent (0..100), or null when unknown
 */
public record Scene(String collection, String id, Instant acquiredAt, Polygon footprint, Double cloudCoverPct) {
  public Scene {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(acquiredAt, "acquiredAt");
    Objects.requireNonNull(footprint, "footprint");
    if (id.isBlank() || collection.isBlank()) {
      throw new IllegalArgumentException("scene collection and id must not be blank");
    }
    if (cloudCoverPct != null && !(cloudCoverPct >= 0 && cloudCoverPct <= 100)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "scene %s/%s: cloud cover %s%% is outside 0..100", collection, id, cloudCoverPct));
    }
  }
}
