package org.sightline.server.api.stac;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;

/**
 * A page of search results, a GeoJSON FeatureCollection (STAC ItemCollection). The features are
 * Items as {@link StacItemLinks} serves them, written as they are (raw), so that every number comes
 * back exactly as ingested.
 *
 * @param numberMatched how many Items match the search, on all pages; null, and left out of the
 *     JSON, when more than the catalogue counts (STAC API and OGC API - Features make it optional)
 * @param numberReturned how many Items are on this page
 */
public record StacItemCollection(
    String type,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long numberMatched,
    int numberReturned,
    List<RawValue> features,
    List<StacLink> links) {
  /** The page of these served Items (JSON), of {@code numberMatched}, with these links. */
  public static StacItemCollection of(
      List<String> itemsJson, Long numberMatched, List<StacLink> links) {
    return new StacItemCollection(
        "FeatureCollection",
        numberMatched,
        itemsJson.size(),
        itemsJson.stream().map(RawValue::new).toList(),
        links);
  }
}
