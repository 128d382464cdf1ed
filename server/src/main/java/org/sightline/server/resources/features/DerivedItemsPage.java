package org.sightline.server.resources.features;

import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.vocabulary.Coded;
import org.sightline.server.api.FeatureCollectionDocument;
import org.sightline.server.api.FeatureDocument;
import org.sightline.server.api.Link;
import org.sightline.server.api.MediaTypes;

/**
 * What the items of the derived structure-change collections ({@code structures}, {@code
 * change-events}) share: the parsed query, its bbox as geometry, code filters checked against a
 * vocabulary, and the page document with {@code self}, {@code collection} and {@code next} links.
 */
final class DerivedItemsPage {
  private DerivedItemsPage() {}

  /** The codes of a vocabulary, for checking a filter. */
  static <E extends Enum<E> & Coded> Set<String> codes(Class<E> vocabulary) {
    Set<String> codes = new TreeSet<>();
    for (E value : vocabulary.getEnumConstants()) {
      codes.add(value.code());
    }
    return codes;
  }

  static Geometry bbox(ItemsQuery query) {
    return query.bbox() == null ? null : AreaItemsResource.areaOf(query.bbox());
  }

  static <P> FeatureCollectionDocument<P> document(
      String collection,
      UriInfo uri,
      ItemsQuery query,
      List<FeatureDocument<P>> features,
      boolean hasMore,
      String lastKey,
      long numberMatched,
      Clock clock) {
    List<Link> links = new ArrayList<>();
    links.add(Link.of(uri.getRequestUri().toString(), "self", MediaTypes.GEOJSON, "This page"));
    links.add(
        Link.of(
            uri.getBaseUriBuilder().path("collections").path(collection).build().toString(),
            "collection",
            MediaTypes.JSON,
            "The collection"));
    if (hasMore) {
      links.add(
          Link.of(
              uri.getRequestUriBuilder()
                  .replaceQueryParam("cursor", ItemsQuery.encodeCursor(lastKey))
                  .replaceQueryParam("limit", query.limit())
                  .build()
                  .toString(),
              "next",
              MediaTypes.GEOJSON,
              "Next page"));
    }
    return FeatureCollectionDocument.of(numberMatched, features, links, Instant.now(clock));
  }

  static List<Link> itemLinks(String collection, UriInfo uri) {
    return List.of(
        Link.of(uri.getRequestUri().toString(), "self", MediaTypes.GEOJSON, "This item"),
        Link.of(
            uri.getBaseUriBuilder().path("collections").path(collection).build().toString(),
            "collection",
            MediaTypes.JSON,
            "The collection"));
  }
}
