package org.sightline.server.resources.testimony;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.testimony.Deleted;
import org.sightline.server.testimony.DocumentEdit;
import org.sightline.server.testimony.DocumentView;
import org.sightline.server.testimony.Documents;

/**
 * Documentary sources, {@code /api/documents}: reports, articles, media, datasets, with their
 * lineage ({@code origin}). Investigators.
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {
  private final Documents documents;

  public DocumentResource(Documents documents) {
    this.documents = documents;
  }

  /** A page; {@code next} is the URL of the next page, or null. */
  public record Page(List<DocumentView> items, String next) {}

  public record Deletion(String reason) {}

  @GET
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "A page of documents, by id")
  @ApiResponse(
      responseCode = "200",
      description = "A page of documents",
      content = @Content(schema = @Schema(implementation = Page.class)))
  public Page list(
      @Parameter(description = "the id after which the page starts")
          @QueryParam("after")
          @DefaultValue("0")
          long after,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @Context UriInfo uri) {
    Writes.checkLimit(limit);
    List<DocumentView> page = documents.list(after, limit + 1);
    boolean more = page.size() > limit;
    List<DocumentView> items = more ? page.subList(0, limit) : page;
    return new Page(items, Writes.next(uri, more, more ? items.get(items.size() - 1).id() : null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Record a documentary source",
      description =
          "Body: organisation, sharing, kind, title, url, publishedOn, origin (the id of the document it passes on), sourceGrade, externalRef.")
  @ApiResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = DocumentView.class)))
  public Response record(
      DocumentEdit body, @Context SecurityContext security, @Context UriInfo uri) {
    DocumentView written = documents.record(RequestSecurityContext.actorOf(security), body);
    return Writes.created(uri, "documents", written.id(), written.version(), written);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "One document; the ETag holds its version")
  @ApiResponse(
      responseCode = "200",
      description = "The document",
      content = @Content(schema = @Schema(implementation = DocumentView.class)))
  public Response get(@PathParam("id") long id) {
    DocumentView found = documents.get(id);
    return Writes.ok(found.version(), found);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Replace a document (needs If-Match)")
  @ApiResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = DocumentView.class)))
  public Response replace(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DocumentEdit body,
      @Context SecurityContext security) {
    DocumentView written =
        documents.replace(
            RequestSecurityContext.actorOf(security), id, ETags.requireVersion(ifMatch), body);
    return Writes.ok(written.version(), written);
  }

  @POST
  @Path("{id}/deletion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Delete a document (soft, with a reason; needs If-Match)")
  @ApiResponse(
      responseCode = "200",
      description = "Deleted: kept, marked with the reason",
      content = @Content(schema = @Schema(implementation = Deleted.class)))
  public Deleted delete(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Deletion body,
      @Context SecurityContext security) {
    return documents.delete(
        RequestSecurityContext.actorOf(security),
        id,
        ETags.requireVersion(ifMatch),
        body == null ? null : body.reason());
  }
}
