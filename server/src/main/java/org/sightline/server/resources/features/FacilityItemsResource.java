package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.server.api.FacilityProperties;
import org.sightline.server.api.FeatureCollectionDocument;
import org.sightline.server.api.FeatureDocument;
import org.sightline.server.api.Link;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/collections/facilities/items}: facilities as GeoJSON features, paged with {@code
 * next} links, filtered by {@code bbox}. See {@link ItemsQuery} for the parameters.
 */
@Path("/collections/" + FeatureCollections.FACILITIES + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
@Tag(name = "OGC API - Features")
@PermitAll
public class FacilityItemsResource {
  private static final Set<String> TYPE_CODES =
      Arrays.stream(FacilityType.values()).map(FacilityType::code).collect(Collectors.toSet());
  private static final Set<String> STATUS_CODES =
      Arrays.stream(FacilityStatus.values()).map(FacilityStatus::code).collect(Collectors.toSet());
  private final FacilityFeatures facilities;
  private final Clock clock;

  public FacilityItemsResource(FacilityFeatures facilities, Clock clock) {
    this.facilities = facilities;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "Facilities",
      description = "GeoJSON FeatureCollection, ordered by id, paged by 'next' links.")
  public FeatureCollectionDocument<FacilityProperties> items(
      @Context UriInfo uri,
      @Parameter(
              description = "page size (larger values are reduced to 1000)",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84") @QueryParam("bbox")
          String bbox,
      @Parameter(description = "RFC 3339 instant or interval; facilities carry no time yet")
          @QueryParam("datetime")
          String datetime,
      @Parameter(description = "opaque; from a 'next' link") @QueryParam("cursor") String cursor,
      @Parameter(description = "json") @QueryParam("f") String format,
      @Parameter(description = "facility types, comma-separated: kwanliso,kyohwaso,...")
          @QueryParam("type")
          String type,
      @Parameter(description = "statuses, comma-separated: operational,reduced,closed,unconfirmed")
          @QueryParam("status")
          String status,
      @Context SecurityContext security) {
    // The @QueryParam arguments above exist for the generated OpenAPI description; the values are
    // read here, from all query parameters, so that unknown and repeated ones can be refused too.
    ItemsQuery query = ItemsQuery.parse(uri.getQueryParameters(), Set.of("type", "status"));
    FacilityFeatures.Page page =
        facilities.page(
            query.bbox(),
            query.afterId(),
            query.limit(),
            Visibility.of(security),
            RequestSecurityContext.actorOf(security),
            query.codes("type", TYPE_CODES),
            query.codes("status", STATUS_CODES));
    List<FeatureDocument<FacilityProperties>> features = new ArrayList<>();
    for (FacilityFeatures.Item item : page.items()) {
      features.add(
          FeatureDocument.of(
              item.facility().id(), item.facility().location(), item.properties(), null));
    }
    List<Link> links = new ArrayList<>();
    links.add(Link.of(uri.getRequestUri().toString(), "self", MediaTypes.GEOJSON, "This page"));
    links.add(
        Link.of(
            uri.getBaseUriBuilder()
                .path("collections")
                .path(FeatureCollections.FACILITIES)
                .build()
                .toString(),
            "collection",
            MediaTypes.JSON,
            "The collection"));
    if (page.hasMore()) {
      String lastId = page.items().get(page.items().size() - 1).facility().id();
      String next =
          uri.getRequestUriBuilder()
              .replaceQueryParam("cursor", ItemsQuery.encodeCursor(lastId))
              .replaceQueryParam("limit", query.limit())
              .build()
              .toString();
      links.add(Link.of(next, "next", MediaTypes.GEOJSON, "Next page"));
    }
    return FeatureCollectionDocument.of(page.numberMatched(), features, links, Instant.now(clock));
  }

  @GET
  @Path("{featureId}")
  @Operation(summary = "One facility")
  public FeatureDocument<FacilityProperties> item(
      @PathParam("featureId") String featureId,
      @Context UriInfo uri,
      @Context SecurityContext security) {
    FacilityFeatures.Item item =
        facilities
            .byId(featureId, Visibility.of(security), RequestSecurityContext.actorOf(security))
            .orElseThrow(
                () -> new EntityNotFoundException("there is no facility '" + featureId + "'"));
    String collection =
        uri.getBaseUriBuilder()
            .path("collections")
            .path(FeatureCollections.FACILITIES)
            .build()
            .toString();
    return FeatureDocument.of(
        item.facility().id(),
        item.facility().location(),
        item.properties(),
        List.of(
            Link.of(uri.getRequestUri().toString(), "self", MediaTypes.GEOJSON, "This facility"),
            Link.of(collection, "collection", MediaTypes.JSON, "The collection")));
  }
}
