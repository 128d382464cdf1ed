package org.sightline.imagery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.BoundingBox;

/**
 * One satellite image's metadata, normalised from a STAC Item (or a vendor order sheet row).
 *
 * @param collection the STAC collection id
 * @param id the STAC Item id, unique within its collection
 * @param acquiredAt acquisition time (STAC {@code datetime}, else {@code start_datetime}), UTC
 * @param startAt {@code start_datetime}, or null
 * @param endAt {@code end_datetime}, or null
 * @param footprint the imaged area, EPSG:4326, longitude/latitude; a Polygon, or a MultiPolygon
 *     split at the antimeridian when the footprint crosses it
 * @param bbox the footprint's extent; west greater than east when it crosses the antimeridian
 * @param gsdM ground sample distance, metres, or null
 * @param cloudCoverPct cloud cover over the whole scene, percent (0..100), or null when unknown
 * @param offNadirDeg {@code view:off_nadir}, degrees, or null
 * @param sunElevationDeg {@code view:sun_elevation}, degrees, or null
 * @param sunAzimuthDeg {@code view:sun_azimuth}, degrees, or null
 * @param providers provider names, in the Item's order
 * @param thumbnailUrl href of the {@code thumbnail} asset, or null
 * @param visualUrl href of the {@code visual} asset, or null
 * @param stacVersion the Item's {@code stac_version} as given
 * @param originalJson the Item as received (re-serialised without loss: numbers kept exact)
 */
public record Scene(
    String collection,
    String id,
    Instant acquiredAt,
    Instant startAt,
    Instant endAt,
    Geometry footprint,
    BoundingBox bbox,
    String platform,
    String constellation,
    List<String> instruments,
    Double gsdM,
    Double cloudCoverPct,
    Double offNadirDeg,
    Double sunElevationDeg,
    Double sunAzimuthDeg,
    List<String> providers,
    String license,
    String thumbnailUrl,
    String visualUrl,
    String stacVersion,
    String originalJson) {

  public Scene {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(acquiredAt, "acquiredAt");
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(bbox, "bbox");
    if (id.isBlank() || collection.isBlank()) {
      throw new IllegalArgumentException("scene collection and id must not be blank");
    }
    if (cloudCoverPct != null && !(cloudCoverPct >= 0 && cloudCoverPct <= 100)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "scene %s/%s: cloud cover %s%% is outside 0..100",
              collection,
              id,
              cloudCoverPct));
    }
    instruments = instruments == null ? List.of() : List.copyOf(instruments);
    providers = providers == null ? List.of() : List.copyOf(providers);
  }

  /** A minimal scene (tests, derived footprints): no optional metadata. */
  public static Scene of(
      String collection, String id, Instant acquiredAt, Geometry footprint, Double cloudCoverPct) {
    var e = footprint.getEnvelopeInternal();
    return new Scene(
        collection,
        id,
        acquiredAt,
        null,
        null,
        footprint,
        BoundingBox.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()),
        null,
        null,
        List.of(),
        null,
        cloudCoverPct,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null);
  }
}
