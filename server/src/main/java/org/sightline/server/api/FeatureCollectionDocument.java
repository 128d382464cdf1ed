package org.sightline.server.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * A GeoJSON FeatureCollection page as OGC API - Features returns it.
 *
 * @param numberMatched how many features match the query in all pages
 * @param numberReturned how many are in this page
 * @param timeStamp when the response was made, RFC 3339 in UTC (e.g. {@code
 *     2026-11-22T06:54:08.362Z})
 */
@JsonPropertyOrder({"type", "numberMatched", "numberReturned", "timeStamp", "features", "links"})
public record FeatureCollectionDocument<P>(
    String type,
    long numberMatched,
    int numberReturned,
    String timeStamp,
    List<FeatureDocument<P>> features,
    List<Link> links) {

  public static <P> FeatureCollectionDocument<P> of(
      long numberMatched, List<FeatureDocument<P>> features, List<Link> links, Instant timeStamp) {
    return new FeatureCollectionDocument<>(
        "FeatureCollection", numberMatched, features.size(), timeStamp.toString(), features, links);
  }
}
