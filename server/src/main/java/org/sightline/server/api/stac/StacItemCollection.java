package org.sightline.server.api.stac;

import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;

/**
 * A page of search results, a GeoJSON FeatureCollection (STAC ItemCollection). The features are
 * Items as {@link StacItemLinks} serves them, written as they are (raw), so that every number comes
 * back exactly as ingested.
 *
 * @param numberMatched how many Items match the search, on all pages
 * @param numberReturned how many Items are on this page
 */
public record StacItemCollection(
    String type,
    long numberMatched,
    int numberReturned,
    List<RawValue> features,
    List<StacLink> links) {
  /** The page of these served Items (JSON), of {@code numberMatched}, with these links. */
  public static StacItemCollection of(
      List<String> itemsJson, long numberMatched, List<StacLink> links) {
    return new StacItemCollection(
        "FeatureCollection",
        numberMatched,
        itemsJson.size(),
        itemsJson.stream().map(RawValue::new).toList(),
        links);
  }
}
