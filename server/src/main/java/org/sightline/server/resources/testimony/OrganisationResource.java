package org.sightline.server.resources.testimony;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.testimony.OrganisationView;
import org.sightline.server.testimony.Organisations;

/** The contributing organisations, {@code /api/organisations}. Investigators. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {
  private final Organisations organisations;

  public OrganisationResource(Organisations organisations) {
    this.organisations = organisations;
  }

  @GET
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "The contributing organisations")
  @ApiResponse(
      responseCode = "200",
      description = "Every organisation, by id",
      content =
          @Content(array = @ArraySchema(schema = @Schema(implementation = OrganisationView.class))))
  public List<OrganisationView> list() {
    return organisations.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Add an organisation", description = "Body: id, name, nameKo (Hangul).")
  @ApiResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  public Response add(
      Organisations.Edit body, @Context SecurityContext security, @Context UriInfo uri) {
    OrganisationView added = organisations.add(RequestSecurityContext.actorOf(security), body);
    return Response.created(uri.getBaseUriBuilder().path("organisations").path(added.id()).build())
        .entity(added)
        .build();
  }
}
