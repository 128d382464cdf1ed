package org.sightline.server.http;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sightline.server.api.MediaTypes;

/**
 * The generated OpenAPI description ({@code /api/openapi.json}), public like the landing page that
 * links it. The JSON form answers its own media type, {@code
 * application/vnd.oai.openapi+json;version=3.0} (the landing page's {@code service-desc} type),
 * labelled so when the client asks for it, else {@code application/json}.
 */
@Path("/openapi.{type:json|yaml}")
@PermitAll
public class PublicOpenApiResource extends OpenApiResource {
  private static final MediaType OPENAPI_JSON = MediaType.valueOf(MediaTypes.OPENAPI_JSON);

  @Override
  @GET
  @Produces({MediaType.APPLICATION_JSON, MediaTypes.OPENAPI_JSON, "application/yaml"})
  @Operation(hidden = true)
  public Response getOpenApi(
      @Context HttpHeaders headers, @Context UriInfo uriInfo, @PathParam("type") String type)
      throws Exception {
    Response generated = super.getOpenApi(headers, uriInfo, type);
    if (!"json".equals(type) || generated.getStatus() != 200 || !asksForOpenApiType(headers)) {
      return generated;
    }
    return Response.fromResponse(generated).type(OPENAPI_JSON).build();
  }

  /** The client's most preferred type that names JSON is the OpenAPI media type. */
  private static boolean asksForOpenApiType(HttpHeaders headers) {
    for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
      if (acceptable.getType().equals(OPENAPI_JSON.getType())
          && acceptable.getSubtype().equals(OPENAPI_JSON.getSubtype())) {
        return true;
      }
      if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)
          && !acceptable.isWildcardType()
          && !acceptable.isWildcardSubtype()) {
        return false;
      }
    }
    return false;
  }
}
