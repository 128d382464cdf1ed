package org.sightline.server.resources.stac;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.sightline.server.api.ConformanceDeclaration;
import org.sightline.server.api.stac.StacCatalog;
import org.sightline.server.api.stac.StacCollection;
import org.sightline.server.api.stac.StacCollectionList;
import org.sightline.server.api.stac.StacItemCollection;
import org.sightline.server.api.stac.StacItemLinks;
import org.sightline.server.api.stac.StacLink;
import org.sightline.server.api.stac.StacSearchBody;
import org.sightline.server.api.stac.StacUrls;
import org.sightline.server.catalogue.CollectionSummary;
import org.sightline.server.catalogue.SceneCatalogue;
import org.sightline.server.catalogue.StacSearch;
import org.sightline.server.catalogue.StacSort;
import org.sightline.server.errors.EntityNotFoundException;

/**
 * The STAC API under {@code /api/stac}: landing page, conformance, collections (summarised from the
 * catalogue), items, single items, and item search by GET and POST, read through {@link
 * SceneCatalogue}. Items come back as stored, with links to this server ({@link StacItemLinks});
 * every URL is built by {@link StacUrls} from the request. Declares only what it implements: STAC
 * API Core, Item Search and OGC API - Features (with the OGC Core and GeoJSON classes). Public,
 * like the rest of the published map data.
 */
@Path("/stac")
@PermitAll
public class StacApiResource {
  private static final String STAC_VERSION = "1.0.0";
  static final List<String> CONFORMANCE =
      List.of(
          "https://api.stacspec.org/v1.0.0/core",
          "https://api.stacspec.org/v1.0.0/item-search",
          "https://api.stacspec.org/v1.0.0/item-search#sort",
          "https://api.stacspec.org/v1.0.0/ogcapi-features",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
  private static final String GEOJSON = "application/geo+json";
  private final SceneCatalogue catalogue;

  public StacApiResource(SceneCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "STAC API landing page")
  public StacCatalog landing(@Context UriInfo uri) {
    StacUrls urls = StacUrls.of(uri);
    String base = urls.root();
    List<StacLink> links =
        new ArrayList<>(
            List.of(
                StacLink.of("self", base, MediaType.APPLICATION_JSON),
                StacLink.of("root", base, MediaType.APPLICATION_JSON),
                StacLink.of("conformance", urls.conformance(), MediaType.APPLICATION_JSON),
                StacLink.of("data", urls.collections(), MediaType.APPLICATION_JSON),
                StacLink.search(urls.search(), GEOJSON, "GET"),
                StacLink.search(urls.search(), GEOJSON, "POST"),
                StacLink.of(
                    "service-desc",
                    uri.getBaseUriBuilder().path("openapi.json").build().toString(),
                    "application/vnd.oai.openapi+json;version=3.0")));
    for (CollectionSummary c : catalogue.collections()) {
      links.add(StacLink.of("child", urls.collection(c.id()), MediaType.APPLICATION_JSON));
    }
    return new StacCatalog(
        "Catalog",
        STAC_VERSION,
        "sightline",
        "Sightline imagery catalogue",
        "Metadata of satellite scenes over North Korean detention facilities.",
        CONFORMANCE,
        links);
  }

  @GET
  @Path("conformance")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Conformance classes implemented")
  public ConformanceDeclaration conformance() {
    return new ConformanceDeclaration(CONFORMANCE);
  }

  @GET
  @Path("collections")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Collections in the catalogue, with their extents")
  public StacCollectionList collections(@Context UriInfo uri) {
    return new StacCollectionList(
        catalogue.collections().stream().map(c -> collection(c, uri)).toList(),
        List.of(
            StacLink.of("self", StacUrls.of(uri).collections(), MediaType.APPLICATION_JSON),
            StacLink.of("root", StacUrls.of(uri).root(), MediaType.APPLICATION_JSON)));
  }

  @GET
  @Path("collections/{collectionId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One collection")
  public StacCollection collection(
      @PathParam("collectionId") String collectionId, @Context UriInfo uri) {
    return catalogue
        .collection(collectionId)
        .map(c -> collection(c, uri))
        .orElseThrow(
            () -> new EntityNotFoundException("there is no collection '" + collectionId + "'"));
  }

  @GET
  @Path("collections/{collectionId}/items")
  @Produces({GEOJSON, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Items of a collection",
      description = "bbox, datetime, limit and token as in search.")
  @ApiResponse(
      responseCode = "200",
      description =
          "A page of Items (GeoJSON FeatureCollection), each as stored with links to this server",
      content =
          @Content(
              mediaType = GEOJSON,
              schema = @Schema(implementation = StacItemCollection.class)))
  public Response items(
      @PathParam("collectionId") String collectionId,
      @QueryParam("bbox") String bbox,
      @QueryParam("datetime") String datetime,
      @Parameter(
              description = "page size (larger values are reduced to 10000)",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "10000", defaultValue = "10"))
          @QueryParam("limit")
          Integer limit,
      @QueryParam("token") String token,
      @QueryParam("sortby") String sortby,
      @Context UriInfo uri) {
    // Only whether it exists: the collection's summary aggregates every scene of it (a second for
    // a million), which a page of items does not need.
    if (!catalogue.hasCollection(collectionId)) {
      throw new EntityNotFoundException("there is no collection '" + collectionId + "'");
    }
    return results(
        StacSearch.of(
            bbox,
            null,
            datetime,
            null,
            List.of(collectionId),
            limit,
            token,
            StacSort.parse(sortby)),
        uri,
        null);
  }

  @GET
  @Path("collections/{collectionId}/items/{itemId}")
  @Produces({GEOJSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "One Item, as stored with links to this server")
  @ApiResponse(
      responseCode = "200",
      description = "The Item (GeoJSON Feature), as stored with links to this server",
      content = @Content(mediaType = GEOJSON, schema = @Schema(type = "object")))
  public Response item(
      @PathParam("collectionId") String collectionId,
      @PathParam("itemId") String itemId,
      @Context UriInfo uri) {
    String item =
        catalogue
            .item(collectionId, itemId)
            .orElseThrow(
                () ->
                    new EntityNotFoundException(
                        "collection '" + collectionId + "' has no item '" + itemId + "'"));
    return Response.ok(StacItemLinks.served(item, collectionId, itemId, StacUrls.of(uri)), GEOJSON)
        .build();
  }

  @GET
  @Path("search")
  @Produces({GEOJSON, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Item search",
      description =
          "bbox or intersects, datetime (instant or interval, open ends as ..),"
              + " ids, collections, limit (default 10, at most 10000), token from a next link.")
  @ApiResponse(
      responseCode = "200",
      description =
          "A page of Items (GeoJSON FeatureCollection), each as stored with links to this server",
      content =
          @Content(
              mediaType = GEOJSON,
              schema = @Schema(implementation = StacItemCollection.class)))
  public Response searchGet(
      @QueryParam("bbox") String bbox,
      @QueryParam("intersects") String intersects,
      @QueryParam("datetime") String datetime,
      @QueryParam("ids") List<String> ids,
      @QueryParam("collections") List<String> collections,
      @Parameter(
              description = "page size (larger values are reduced to 10000)",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "10000", defaultValue = "10"))
          @QueryParam("limit")
          Integer limit,
      @QueryParam("token") String token,
      @QueryParam("sortby") String sortby,
      @Context UriInfo uri) {
    return results(
        StacSearch.of(
            bbox,
            StacSearch.intersects(intersects),
            datetime,
            ids.isEmpty() ? null : ids,
            collections.isEmpty() ? null : collections,
            limit,
            token,
            StacSort.parse(sortby)),
        uri,
        null);
  }

  @POST
  @Path("search")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({GEOJSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "Item search (POST)")
  @ApiResponse(
      responseCode = "200",
      description =
          "A page of Items (GeoJSON FeatureCollection), each as stored with links to this server",
      content =
          @Content(
              mediaType = GEOJSON,
              schema = @Schema(implementation = StacItemCollection.class)))
  public Response searchPost(StacSearchBody body, @Context UriInfo uri) {
    StacSearchBody b = body == null ? StacSearchBody.EMPTY : body;
    String bbox = null;
    if (b.bbox() != null) {
      bbox = String.join(",", b.bbox().stream().map(String::valueOf).toList());
    }
    return results(
        StacSearch.of(
            bbox,
            b.intersects(),
            b.datetime(),
            b.ids(),
            b.collections(),
            b.limit(),
            b.token(),
            StacSort.parse(b.sortby())),
        uri,
        b);
  }

  private Response results(StacSearch search, UriInfo uri, StacSearchBody postBody) {
    SceneCatalogue.SearchPage page = catalogue.search(search);
    StacUrls urls = StacUrls.of(uri);
    List<StacLink> links = new ArrayList<>();
    String request = uri.getRequestUri().toString();
    if (postBody == null) {
      links.add(StacLink.of("self", request, GEOJSON));
    } else {
      links.add(StacLink.post("self", request, GEOJSON, postBody));
    }
    if (page.nextToken() != null) {
      if (postBody == null) {
        links.add(
            StacLink.of(
                "next",
                UriBuilder.fromUri(uri.getRequestUri())
                    .replaceQueryParam("token", page.nextToken())
                    .build()
                    .toString(),
                GEOJSON));
      } else {
        links.add(StacLink.post("next", request, GEOJSON, postBody.withToken(page.nextToken())));
      }
    }
    links.add(StacLink.of("root", urls.root(), MediaType.APPLICATION_JSON));
    List<String> items =
        page.items().stream()
            .map(i -> StacItemLinks.served(i.json(), i.collection(), i.id(), urls))
            .toList();
    return Response.ok(StacItemCollection.of(items, page.matched(), links), GEOJSON).build();
  }

  private StacCollection collection(CollectionSummary c, UriInfo uri) {
    StacUrls urls = StacUrls.of(uri);
    String self = urls.collection(c.id());
    return new StacCollection(
        "Collection",
        STAC_VERSION,
        c.id(),
        "Scenes of collection " + c.id() + " in the Sightline catalogue (" + c.scenes() + ")",
        "various",
        new StacCollection.Extent(
            new StacCollection.Spatial(
                List.of(
                    List.of(
                        c.extent().minLonDeg(),
                        c.extent().minLatDeg(),
                        c.extent().maxLonDeg(),
                        c.extent().maxLatDeg()))),
            new StacCollection.Temporal(
                List.of(List.of(c.first().toString(), c.last().toString())))),
        List.of(
            StacLink.of("self", self, MediaType.APPLICATION_JSON),
            StacLink.of("items", urls.items(c.id()), GEOJSON),
            StacLink.of("parent", urls.root(), MediaType.APPLICATION_JSON),
            StacLink.of("root", urls.root(), MediaType.APPLICATION_JSON)));
  }
}
