package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.geom.Geometries;
import org.sightline.server.api.FeatureCollectionDocument;
import org.sightline.server.api.FeatureDocument;
import org.sightline.server.api.Link;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.visibility.Visibility;

/**
 * The items of a collection of dated areas ({@code facility-boundaries}, {@code zones}), one
 * subclass per {@link DatedAreaKind} naming its path and declaring its {@code items} endpoint with
 * the kind's filters as query parameters (the shared work is {@link #page}): GeoJSON features paged
 * by {@code next} links; {@code datetime} (an instant, a date or an interval) selects the versions
 * valid at some time in it; the kind's property filters ({@link DatedAreaKind#filters()}) are
 * equality filters with comma-separated values. Only live versions of facilities the caller may
 * see.
 */
public abstract class AreaItemsResource {
  private final String collection;
  private final DatedAreas areas;
  private final Clock clock;

  /**
   * @param areas of the collection's kind
   */
  AreaItemsResource(String collection, DatedAreas areas, Clock clock) {
    this.collection = collection;
    this.areas = areas;
    this.clock = clock;
  }

  /**
   * The page of items a request asks for: every query parameter is read from {@code uri} (the
   * subclass's {@code items} method declares them, for the OpenAPI description and the accepted
   * parameters), so that unknown and repeated ones are refused too.
   */
  FeatureCollectionDocument<AreaProperties> page(UriInfo uri, SecurityContext security) {
    List<DatedAreaKind.Filter> filters = areas.kind().filters();
    ItemsQuery query =
        ItemsQuery.parse(
            uri.getQueryParameters(),
            filters.stream().map(DatedAreaKind.Filter::parameter).collect(Collectors.toSet()));
    Map<String, String[]> values = new HashMap<>();
    for (DatedAreaKind.Filter filter : filters) {
      values.put(
          filter.parameter(),
          filter.allowed() == null
              ? Optional.ofNullable(query.filters().get(filter.parameter()))
                  .map(v -> v.split(","))
                  .orElse(null)
              : query.codes(filter.parameter(), filter.allowed()));
    }
    LocalDate[] span = query.dateSpan();
    DatedAreas.Page page =
        areas.page(
            Visibility.of(security),
            span[0],
            span[1],
            query.bbox() == null ? null : areaOf(query.bbox()),
            values,
            query.afterId() == null ? null : parseId(query.afterId()),
            query.limit());
    List<FeatureDocument<AreaProperties>> features = new ArrayList<>();
    for (DatedArea area : page.items()) {
      features.add(
          FeatureDocument.of(
              Long.toString(area.id()), area.geometry(), AreaProperties.of(area), null));
    }
    List<Link> links = new ArrayList<>();
    links.add(Link.of(uri.getRequestUri().toString(), "self", MediaTypes.GEOJSON, "This page"));
    links.add(Link.of(collectionUrl(uri), "collection", MediaTypes.JSON, "The collection"));
    if (page.hasMore()) {
      String lastId = Long.toString(page.items().get(page.items().size() - 1).id());
      links.add(
          Link.of(
              uri.getRequestUriBuilder()
                  .replaceQueryParam("cursor", ItemsQuery.encodeCursor(lastId))
                  .replaceQueryParam("limit", query.limit())
                  .build()
                  .toString(),
              "next",
              MediaTypes.GEOJSON,
              "Next page"));
    }
    return FeatureCollectionDocument.of(page.numberMatched(), features, links, Instant.now(clock));
  }

  @GET
  @Path("{featureId}")
  @Operation(summary = "One item")
  public FeatureDocument<AreaProperties> item(
      @PathParam("featureId") String featureId,
      @Context UriInfo uri,
      @Context SecurityContext security) {
    long id;
    try {
      id = Long.parseLong(featureId);
    } catch (NumberFormatException e) {
      throw new EntityNotFoundException(
          "there is no item '" + featureId + "' in " + collection + "; ids are numbers");
    }
    DatedArea area =
        areas
            .visible(id, Visibility.of(security))
            .orElseThrow(
                () -> new EntityNotFoundException("there is no item " + id + " in " + collection));
    return FeatureDocument.of(
        Long.toString(area.id()),
        area.geometry(),
        AreaProperties.of(area),
        List.of(
            Link.of(uri.getRequestUri().toString(), "self", MediaTypes.GEOJSON, "This item"),
            Link.of(collectionUrl(uri), "collection", MediaTypes.JSON, "The collection")));
  }

  private String collectionUrl(UriInfo uri) {
    return uri.getBaseUriBuilder().path("collections").path(collection).build().toString();
  }

  private static long parseId(String cursorId) {
    try {
      return Long.parseLong(cursorId);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "cursor is not from this collection; use the href of a 'next' link as given");
    }
  }

  /** The box as an EPSG:4326 (multi)polygon (two parts across the antimeridian). */
  static Geometry areaOf(BoundingBox bbox) {
    List<Polygon> boxes = bbox.toPolygons();
    return boxes.size() == 1
        ? boxes.get(0)
        : Geometries.FACTORY.createMultiPolygon(boxes.toArray(new Polygon[0]));
  }
}
