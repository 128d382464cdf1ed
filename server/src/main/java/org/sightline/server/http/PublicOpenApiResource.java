package org.sightline.server.http;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

/**
 * The generated OpenAPI description ({@code /api/openapi.json}), public like the landing page that
 * links it.
 */
@Path("/openapi.{type:json|yaml}")
@PermitAll
public class PublicOpenApiResource extends OpenApiResource {}
