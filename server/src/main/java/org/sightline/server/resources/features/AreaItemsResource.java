package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sightline.server.api.FeatureCollectionDocument;
import org.sightline.server.api.FeatureDocument;
import org.sightline.server.api.Link;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.visibility.Visibility;

/**
 * The items of a collection of dated areas ({@code facility-boundaries}, {@code zones}): GeoJSON
 * features paged by {@code next} links; {@code datetime} (an instant, a date or an interval)
 * selects the versions valid at some time in it; property filters are equality filters with
 * comma-separated values.
 */
public abstract class AreaItemsResource {
  private final String collection;
  private final Clock clock;

  AreaItemsResource(String collection, Clock clock) {
    this.collection = collection;
    this.clock = clock;
  }

  /** Filter parameter name to the table column it filters and its allowed values (null: any text). */
  abstract Map<String, Filter> filters();

  abstract AreaFeatures.Page page(ItemsQuery query, Visibility visibility, Map<String, String[]> filters);

  abstract Optional<AreaFeatures.Item> one(long id, Visibility visibility);

  record Filter(String column, Set<String> allowed) {}

  @GET
  @Operation(summary = "Items", description = "GeoJSON FeatureCollection ordered by id, paged by 'next' links; datetime"
      + " selects the versions valid then.")
  public FeatureCollectionDocument<Map<String, Object>> items(@Context UriInfo uri, @Context SecurityContext security,
      @Parameter(description = "page size, 1..1000 (default 100)") @QueryParam("limit") String limit,
      @Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84") @QueryParam("bbox") String bbox,
      @Parameter(description = "RFC 3339 instant, date or interval: the versions valid at some time in it") @QueryParam("datetime") String datetime,
      @Parameter(description = "opaque; from a 'next' link") @QueryParam("cursor") String cursor) {
    ItemsQuery query = ItemsQuery.parse(uri.getQueryParameters(), filters().keySet());
    Map<String, String[]> columns = new LinkedHashMap<>();
    for (Map.Entry<String, Filter> filter : filters().entrySet()) {
      String[] values = filter.getValue().allowed() == null
          ? Optional.ofNullable(query.filters().get(filter.getKey())).map(v -> v.split(",")).orElse(null)
          : query.codes(filter.getKey(), filter.getValue().allowed());
      columns.put(filter.getValue().column(), values);
    }
    AreaFeatures.Page page = page(query, Visibility.of(security), columns);
    List<FeatureDocument<Map<String, Object>>> features = new ArrayList<>();
    for (AreaFeatures.Item item : page.items()) {
      features.add(FeatureDocument.of(item.id(), item.geometry(), item.properties(), null));
    }
    List<Link> links = new ArrayList<>();
    links.add(Link.of(uri.getRequestUri().toString(), "self", MediaTypes.GEOJSON, "This page"));
    links.add(Link.of(collectionUrl(uri), "collection", MediaTypes.JSON, "The collection"));
    if (page.hasMore()) {
      String lastId = page.items().get(page.items().size() - 1).id();
      links.add(Link.of(uri.getRequestUriBuilder().replaceQueryParam("cursor", ItemsQuery.encodeCursor(lastId))
          .replaceQueryParam("limit", query.limit()).build().toString(), "next", MediaTypes.GEOJSON, "Next page"));
    }
    return FeatureCollectionDocument.of(page.numberMatched(), features, links, Instant.now(clock));
  }

  @GET
  @Path("{featureId}")
  @Operation(summary = "One item")
  public FeatureDocument<Map<String, Object>> item(@PathParam("featureId") String featureId, @Context UriInfo uri,
      @Context SecurityContext security) {
    long id;
    try {
      id = Long.parseLong(featureId);
    } catch (NumberFormatException e) {
      throw new EntityNotFoundException("there is no item '" + featureId + "' in " + collection + "; ids are numbers");
    }
    AreaFeatures.Item item = one(id, Visibility.of(security))
        .orElseThrow(() -> new EntityNotFoundException("there is no item " + id + " in " + collection));
    return FeatureDocument.of(item.id(), item.geometry(), item.properties(), List.of(
        Link.of(uri.getRequestUri().toString(), "self", MediaTypes.GEOJSON, "This item"),
        Link.of(collectionUrl(uri), "collection", MediaTypes.JSON, "The collection")));
  }

  private String collectionUrl(UriInfo uri) {
    return uri.getBaseUriBuilder().path("collections").path(collection).build().toString();
  }
}
