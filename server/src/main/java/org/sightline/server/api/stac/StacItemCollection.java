package org.sightline.server.api.stac;

import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;

/**
 * A page of search results, a GeoJSON FeatureCollection (STAC ItemCollection). The features are the
 * stored Item JSON written as they are (raw), so that every number and member comes back exactly as
 * ingested.
 */
public record StacItemCollection(
    String type, int numberReturned, List<RawValue> features, List<StacLink> links) {
  /** The page of these stored Items, with these links. */
  public static StacItemCollection of(List<String> itemsJson, List<StacLink> links) {
    return new StacItemCollection(
        "FeatureCollection",
        itemsJson.size(),
        itemsJson.stream().map(RawValue::new).toList(),
        links);
  }
}
