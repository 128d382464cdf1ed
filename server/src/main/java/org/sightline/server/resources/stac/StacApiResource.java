package org.sightline.server.resources.stac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;

/**
 * The STAC API under {@code /api/stac}: landing page, conformance, collections (summarised from
 * the catalogue), items, single items, and item search by GET and POST. Items come back exactly
 * as stored. Declares only what it implements: STAC API Core, Item Search and OGC API - Features
 * (with the OGC Core and GeoJSON classes). Public, like the rest of the published map data.
 */
@Path("/stac")
@PermitAll
public class StacApiResource {
  private static final String STAC_VERSION = "1.0.0";
  static final List<String> CONFORMANCE = List.of(
      "https://api.stacspec.org/v1.0.0/core",
      "https://api.stacspec.org/v1.0.0/item-search",
      "https://api.stacspec.org/v1.0.0/item-search#sort",
      "https://api.stacspec.org/v1.0.0/ogcapi-features",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
  private static final String GEOJSON = "application/geo+json";
  private final Jdbi jdbi;
  private final ObjectMapper json = new ObjectMapper();

  public StacApiResource(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The POST /search body. */
  public record SearchBody(List<Double> bbox, JsonNode intersects, String datetime, List<String> ids,
      List<String> collections, Integer limit, String token, JsonNode sortby) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "STAC API landing page")
  public ObjectNode landing(@Context UriInfo uri) {
    String base = base(uri);
    ObjectNode landing = json.createObjectNode();
    landing.put("type", "Catalog").put("stac_version", STAC_VERSION).put("id", "sightline")
        .put("title", "Sightline imagery catalogue")
        .put("description", "Metadata of satellite scenes over North Korean detention facilities.");
    CONFORMANCE.forEach(landing.putArray("conformsTo")::add);
    ArrayNode links = landing.putArray("links");
    link(links, "self", base, MediaType.APPLICATION_JSON);
    link(links, "root", base, MediaType.APPLICATION_JSON);
    link(links, "conformance", base + "/conformance", MediaType.APPLICATION_JSON);
    link(links, "data", base + "/collections", MediaType.APPLICATION_JSON);
    link(links, "search", base + "/search", GEOJSON).put("method", "GET");
    link(links, "search", base + "/search", GEOJSON).put("method", "POST");
    link(links, "service-desc", uri.getBaseUriBuilder().path("openapi.json").build().toString(),
        "application/vnd.oai.openapi+json;version=3.0");
    return landing;
  }

  @GET
  @Path("conformance")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Conformance classes implemented")
  public ObjectNode conformance() {
    ObjectNode node = json.createObjectNode();
    CONFORMANCE.forEach(node.putArray("conformsTo")::add);
    return node;
  }

  @GET
  @Path("collections")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Collections in the catalogue, with their extents")
  public ObjectNode collections(@Context UriInfo uri) {
    ObjectNode node = json.createObjectNode();
    ArrayNode list = node.putArray("collections");
    jdbi.withHandle(h -> SceneSearchDao.collections(h, null)).forEach(c -> list.add(collection(c, uri)));
    ArrayNode links = node.putArray("links");
    link(links, "self", base(uri) + "/collections", MediaType.APPLICATION_JSON);
    link(links, "root", base(uri), MediaType.APPLICATION_JSON);
    return node;
  }

  @GET
  @Path("collections/{collectionId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One collection")
  public ObjectNode collection(@PathParam("collectionId") String collectionId, @Context UriInfo uri) {
    return jdbi.withHandle(h -> SceneSearchDao.collections(h, collectionId)).stream().findFirst()
        .map(c -> collection(c, uri))
        .orElseThrow(() -> new EntityNotFoundException("there is no collection '" + collectionId + "'"));
  }

  @GET
  @Path("collections/{collectionId}/items")
  @Produces({GEOJSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "Items of a collection", description = "bbox, datetime, limit and token as in search.")
  public Response items(@PathParam("collectionId") String collectionId, @QueryParam("bbox") String bbox,
      @QueryParam("datetime") String datetime, @QueryParam("limit") Integer limit, @QueryParam("token") String token,
      @QueryParam("sortby") String sortby, @Context UriInfo uri) {
    collection(collectionId, uri);
    return results(StacSearch.of(bbox, null, datetime, null, List.of(collectionId), limit, token,
        StacSort.parse(sortby)), uri, null);
  }

  @GET
  @Path("collections/{collectionId}/items/{itemId}")
  @Produces({GEOJSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "One Item, exactly as stored")
  public Response item(@PathParam("collectionId") String collectionId, @PathParam("itemId") String itemId) {
    String item = jdbi.withHandle(h -> SceneSearchDao.item(h, collectionId, itemId))
        .orElseThrow(() -> new EntityNotFoundException("collection '" + collectionId + "' has no item '" + itemId + "'"));
    return Response.ok(item, GEOJSON).build();
  }

  @GET
  @Path("search")
  @Produces({GEOJSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "Item search", description = "bbox or intersects, datetime (instant or interval, open ends as ..),"
      + " ids, collections, limit (default 10, at most 10000), token from a next link.")
  public Response searchGet(@QueryParam("bbox") String bbox, @QueryParam("intersects") String intersects,
      @QueryParam("datetime") String datetime, @QueryParam("ids") List<String> ids,
      @QueryParam("collections") List<String> collections, @QueryParam("limit") Integer limit,
      @QueryParam("token") String token, @QueryParam("sortby") String sortby, @Context UriInfo uri) {
    JsonNode geometry = null;
    if (intersects != null) {
      try {
        geometry = json.readTree(intersects);
      } catch (java.io.IOException e) {
        throw new InvalidInputException("intersects is not valid GeoJSON: " + e.getMessage());
      }
    }
    return results(StacSearch.of(bbox, geometry, datetime, ids.isEmpty() ? null : ids,
        collections.isEmpty() ? null : collections, limit, token, StacSort.parse(sortby)), uri, null);
  }

  @POST
  @Path("search")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({GEOJSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "Item search (POST)")
  public Response searchPost(SearchBody body, @Context UriInfo uri) {
    SearchBody b = body == null ? new SearchBody(null, null, null, null, null, null, null, null) : body;
    String bbox = null;
    if (b.bbox() != null) {
      bbox = String.join(",", b.bbox().stream().map(String::valueOf).toList());
    }
    return results(StacSearch.of(bbox, b.intersects(), b.datetime(), b.ids(), b.collections(), b.limit(), b.token(),
        StacSort.parse(b.sortby())), uri, b);
  }

  private Response results(StacSearch search, UriInfo uri, SearchBody postBody) {
    List<SceneSearchDao.Row> rows = jdbi.withHandle(h -> SceneSearchDao.search(h, search, search.limit() + 1));
    boolean more = rows.size() > search.limit();
    List<SceneSearchDao.Row> page = more ? rows.subList(0, search.limit()) : rows;
    ArrayNode links = json.createArrayNode();
    if (more) {
      String token = StacSearch.token(search.sort(), page.get(page.size() - 1).keyValues());
      if (postBody == null) {
        link(links, "next", UriBuilder.fromUri(uri.getRequestUri()).replaceQueryParam("token", token).build().toString(),
            GEOJSON);
      } else {
        ObjectNode next = link(links, "next", uri.getRequestUri().toString(), GEOJSON);
        next.put("method", "POST").put("merge", false);
        ObjectNode nextBody = json.valueToTree(postBody);
        nextBody.put("token", token);
        next.set("body", nextBody);
      }
    }
    link(links, "root", base(uri), MediaType.APPLICATION_JSON);
    String linksJson = links.toString();
    StreamingOutput out = stream -> {
      stream.write(("{\"type\":\"FeatureCollection\",\"numberReturned\":" + page.size() + ",\"features\":[")
          .getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < page.size(); i++) {
        if (i > 0) {
          stream.write(',');
        }
        stream.write(page.get(i).itemJson().getBytes(StandardCharsets.UTF_8));
      }
      stream.write(("],\"links\":" + linksJson + "}").getBytes(StandardCharsets.UTF_8));
    };
    return Response.ok(out, GEOJSON).build();
  }

  private ObjectNode collection(SceneSearchDao.CollectionSummary c, UriInfo uri) {
    ObjectNode node = json.createObjectNode();
    node.put("type", "Collection").put("stac_version", STAC_VERSION).put("id", c.id())
        .put("description", "Scenes of collection " + c.id() + " in the Sightline catalogue (" + c.scenes() + ")")
        .put("license", "various");
    ObjectNode extent = node.putObject("extent");
    ArrayNode bbox = extent.putObject("spatial").putArray("bbox").addArray();
    for (double v : c.bbox()) {
      bbox.add(v);
    }
    extent.putObject("temporal").putArray("interval").addArray().add(c.first().toInstant().toString())
        .add(c.last().toInstant().toString());
    ArrayNode links = node.putArray("links");
    String self = base(uri) + "/collections/" + c.id();
    link(links, "self", self, MediaType.APPLICATION_JSON);
    link(links, "items", self + "/items", GEOJSON);
    link(links, "root", base(uri), MediaType.APPLICATION_JSON);
    return node;
  }

  private static ObjectNode link(ArrayNode links, String rel, String href, String type) {
    return links.addObject().put("rel", rel).put("href", href).put("type", type);
  }

  private static String base(UriInfo uri) {
    return uri.getBaseUriBuilder().path("stac").build().toString();
  }
}
