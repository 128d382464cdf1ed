package org.sightline.server.resources.features;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sightline.server.api.CollectionDescription;
import org.sightline.server.api.Link;
import org.sightline.server.api.MediaTypes;

/** The OGC API - Features collections Sightline serves, and how each is described. */
public final class FeatureCollections {
  public static final String FACILITIES = "facilities";
  public static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

  private final FacilityFeatures facilities;

  public FeatureCollections(FacilityFeatures facilities) {
    this.facilities = facilities;
  }

  public List<String> ids() {
    return List.of(FACILITIES);
  }

  /** The description of collection {@code id}, with absolute links; null when there is none. */
  public CollectionDescription describe(String id, UriInfo uri) {
    if (!FACILITIES.equals(id)) {
      return null;
    }
    String base = uri.getBaseUriBuilder().path("collections").path(id).build().toString();
    CollectionDescription.Extent extent = facilities.extent()
        .map(e -> new CollectionDescription.Extent(new CollectionDescription.Spatial(List.of(e.toArray()), CRS84)))
        .orElse(null);
    return new CollectionDescription(id, "Detention facilities",
        "North Korean detention facilities (kwanliso, kyohwaso, jipkyulso, rodong danryondae, kuryujang) with"
            + " every location their sources give. Geometry is the primary location. The datetime parameter is"
            + " accepted and checked; facilities carry no time yet, so it selects all of them.",
        "feature", List.of(CRS84), extent,
        List.of(
            Link.of(base, "self", MediaTypes.JSON, "This collection"),
            Link.of(base + "/items", "items", MediaTypes.GEOJSON, "Facilities as GeoJSON")));
  }
}
