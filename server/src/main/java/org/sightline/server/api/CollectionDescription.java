package org.sightline.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One collection as OGC API - Features describes it.
 *
 * @param extent where and when its features lie, for the caller: spatial {@code bbox} as [[minLon,
 *     minLat, maxLon, maxLat]] in CRS84, temporal {@code interval} as [[start, end]] (RFC 3339,
 *     null for an open end); absent when the caller sees no feature
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectionDescription(
    String id,
    String title,
    String description,
    String itemType,
    List<String> crs,
    Extent extent,
    List<Link> links) {

  /** Spatial and temporal extent. */
  public record Extent(Spatial spatial, Temporal temporal) {}

  /** One or more boxes, each [minLon, minLat, maxLon, maxLat]. */
  public record Spatial(List<double[]> bbox, String crs) {}

  /**
   * One or more intervals, each [start, end], RFC 3339 instants or null for an open end.
   *
   * @param trs the temporal reference system (the Gregorian calendar)
   */
  public record Temporal(List<List<String>> interval, String trs) {
    public static final String GREGORIAN = "http://www.opengis.net/def/uri/ISO-8601/0/Gregorian";
  }
}
