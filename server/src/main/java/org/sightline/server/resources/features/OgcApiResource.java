package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.sightline.server.api.CollectionDescription;
import org.sightline.server.api.CollectionList;
import org.sightline.server.api.ConformanceDeclaration;
import org.sightline.server.api.LandingPage;
import org.sightline.server.api.Link;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.visibility.Visibility;

/**
 * OGC API - Features, Part 1: landing page, conformance and collections, at {@code /api}.
 *
 * <p>Only the conformance classes that are implemented and tested are declared: Core and GeoJSON.
 * OpenAPI 3.0 is served (service-desc) but its conformance class is not claimed while the
 * description is generated and not checked against the standard's requirements.
 */
@Path("/")
@Produces(MediaTypes.JSON)
@Tag(name = "OGC API - Features")
@PermitAll
public class OgcApiResource {
  static final List<String> CONFORMANCE =
      List.of(
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");

  private final FeatureCollections collections;

  public OgcApiResource(FeatureCollections collections) {
    this.collections = collections;
  }

  @GET
  @Operation(
      summary = "Landing page",
      description = "Links to the API description, conformance and collections.")
  public LandingPage landingPage(@Context UriInfo uri) {
    String base = uri.getBaseUriBuilder().build().toString().replaceAll("/$", "");
    return new LandingPage(
        "Sightline",
        "Evidence on North Korean detention facilities: OGC API - Features for vector data.",
        List.of(
            Link.of(base + "/", "self", MediaTypes.JSON, "This document"),
            Link.of(
                base + "/openapi.json",
                "service-desc",
                MediaTypes.OPENAPI_JSON,
                "The API definition (OpenAPI 3)"),
            Link.of(
                base + "/conformance",
                "conformance",
                MediaTypes.JSON,
                "Conformance classes implemented"),
            Link.of(base + "/collections", "data", MediaTypes.JSON, "Feature collections")));
  }

  @GET
  @Path("conformance")
  @Operation(summary = "Conformance classes implemented by this server")
  public ConformanceDeclaration conformance() {
    return new ConformanceDeclaration(CONFORMANCE);
  }

  @GET
  @Path("collections")
  @Operation(summary = "Feature collections")
  public CollectionList collections(@Context UriInfo uri, @Context SecurityContext security) {
    List<CollectionDescription> described = new ArrayList<>();
    for (String id : collections.ids(Visibility.of(security))) {
      described.add(collections.describe(id, uri, Visibility.of(security)));
    }
    String self = uri.getBaseUriBuilder().path("collections").build().toString();
    return new CollectionList(
        List.of(Link.of(self, "self", MediaTypes.JSON, "Feature collections")), described);
  }

  @GET
  @Path("collections/{collectionId}")
  @Operation(summary = "One feature collection")
  public CollectionDescription collection(
      @PathParam("collectionId") String collectionId,
      @Context UriInfo uri,
      @Context SecurityContext security) {
    CollectionDescription description =
        collections.describe(collectionId, uri, Visibility.of(security));
    if (description == null) {
      throw new EntityNotFoundException(
          "there is no collection '"
              + collectionId
              + "'; collections are "
              + collections.ids(Visibility.of(security)));
    }
    return description;
  }
}
