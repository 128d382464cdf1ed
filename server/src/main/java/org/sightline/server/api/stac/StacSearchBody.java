package org.sightline.server.api.stac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The body of {@code POST /api/stac/search} (STAC API Item Search), and of the {@code next} link
 * that continues it. Every member may be absent (null).
 *
 * @param bbox minLon, minLat, maxLon, maxLat (EPSG:4326 degrees)
 * @param intersects a GeoJSON geometry
 * @param sortby a list of {@code {"field": ..., "direction": "asc"|"desc"}}
 */
public record StacSearchBody(
    List<Double> bbox,
    JsonNode intersects,
    String datetime,
    List<String> ids,
    List<String> collections,
    Integer limit,
    String token,
    JsonNode sortby) {
  /** The body with no member given. */
  public static final StacSearchBody EMPTY =
      new StacSearchBody(null, null, null, null, null, null, null, null);

  /** This body continuing at {@code nextToken}. */
  public StacSearchBody withToken(String nextToken) {
    return new StacSearchBody(
        bbox, intersects, datetime, ids, collections, limit, nextToken, sortby);
  }
}
