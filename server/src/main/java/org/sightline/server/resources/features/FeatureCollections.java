package org.sightline.server.resources.features;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sightline.server.api.CollectionDescription;
import org.sightline.server.api.Link;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.visibility.Visibility;

/** The OGC API - Features collections Sightline serves, and how each is described. */
public final class FeatureCollections {
  public static final String FACILITIES = "facilities";
  public static final String BOUNDARIES = "facility-boundaries";
  public static final String ZONES = "zones";
  public static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

  private final FacilityFeatures facilities;

  public FeatureCollections(FacilityFeatures facilities) {
    this.facilities = facilities;
  }

  public List<String> ids() {
    return List.of(FACILITIES, BOUNDARIES, ZONES);
  }

  /** The description of collection {@code id}, with absolute links; null when there is none. */
  public CollectionDescription describe(String id, UriInfo uri) {
    String base = uri.getBaseUriBuilder().path("collections").path(id).build().toString();
    if (BOUNDARIES.equals(id)) {
      return areaCollection(
          id,
          base,
          "Facility boundaries over time",
          "Versions of facility boundaries, each valid over [validFrom, validTo) with its basis (digitized from a"
              + " dated scene, published, or approximate) and confidence. datetime selects the versions valid then;"
              + " filters: facility, basis, confidence. Areas and perimeters are ellipsoidal (km², km).",
          "Boundary versions as GeoJSON");
    }
    if (ZONES.equals(id)) {
      return areaCollection(
          id,
          base,
          "Zones inside facilities over time",
          "Named analysis areas inside facilities (housing, mine, farm, factory, administration, security,"
              + " detention, other), versioned in time. datetime selects the versions valid then; filters: facility,"
              + " kind, basis, confidence.",
          "Zone versions as GeoJSON");
    }
    if (!FACILITIES.equals(id)) {
      return null;
    }
    // The described extent is the public one, whoever asks (the description says nothing
    // unpublished).
    CollectionDescription.Extent extent =
        facilities
            .extent(Visibility.PUBLIC)
            .map(
                e ->
                    new CollectionDescription.Extent(
                        new CollectionDescription.Spatial(List.of(e.toArray()), CRS84)))
            .orElse(null);
    return new CollectionDescription(
        id,
        "Detention facilities",
        "North Korean detention facilities (kwanliso, kyohwaso, jipkyulso, rodong danryondae, kuryujang) with"
            + " every location their sources give. Geometry is the primary location. Filters: type and status"
            + " (comma-separated codes). The datetime parameter is accepted and checked; it does not filter"
            + " facilities (see facility-boundaries for their shapes over time).",
        "feature",
        List.of(CRS84),
        extent,
        List.of(
            Link.of(base, "self", MediaTypes.JSON, "This collection"),
            Link.of(base + "/items", "items", MediaTypes.GEOJSON, "Facilities as GeoJSON")));
  }

  /** A collection of dated areas: no extent, links to itself and to its items. */
  private static CollectionDescription areaCollection(
      String id, String base, String title, String description, String itemsTitle) {
    return new CollectionDescription(
        id,
        title,
        description,
        "feature",
        List.of(CRS84),
        null,
        List.of(
            Link.of(base, "self", MediaTypes.JSON, "This collection"),
            Link.of(base + "/items", "items", MediaTypes.GEOJSON, itemsTitle)));
  }
}
