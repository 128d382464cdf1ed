package org.sightline.server.resources.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AuditEvent;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.evidence.EvidenceCustody;
import org.sightline.server.evidence.EvidenceItem;
import org.sightline.server.evidence.Intake;
import org.sightline.server.evidence.PayloadTooLargeException;
import org.sightline.server.http.ContentDisposition;
import org.sightline.server.http.RequestSecurityContext;

/**
 * {@code /api/evidence}: evidence files with chain of custody, for investigators, analysts and
 * admins. Upload is the raw body ({@code Content-Type} is the file's media type) with the original
 * name in {@code ?filename=}; the answer is 201 for new bytes and 200 with {@code duplicate: true}
 * for bytes already held. Downloads are re-verified against the intake hash and served as
 * attachments, never rendered inline.
 */
@Path("/evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ANALYST, Role.Names.ADMIN})
public class EvidenceResource {
  private static final int MAX_PAGE = 1000;
  private final EvidenceCustody custody;

  public EvidenceResource(EvidenceCustody custody) {
    this.custody = custody;
  }

  public record Transfer(String recipient, String purpose, String method) {}

  public record Withdrawal(String reason) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload an evidence file",
      description =
          "Raw body; SHA-256 computed at intake; identical bytes are recognised (200, duplicate: true); 413 over the size limit.")
  @ApiResponse(
      responseCode = "201",
      description = "Stored: the new item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Intake.class)))
  @ApiResponse(
      responseCode = "200",
      description = "Already held: the existing item (duplicate)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Intake.class)))
  public Response upload(
      InputStream body,
      @QueryParam("filename") String filename,
      @QueryParam("description") String description,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
      @Context SecurityContext security,
      @Context UriInfo uri)
      throws IOException {
    if (contentLength != null && contentLength > custody.maxUploadBytes()) {
      throw new PayloadTooLargeException(custody.maxUploadBytes());
    }
    Intake intake =
        custody.receive(
            RequestSecurityContext.actorOf(security), body, filename, contentType, description);
    Response.ResponseBuilder response =
        intake.duplicate()
            ? Response.ok()
            : Response.created(
                uri.getAbsolutePathBuilder().path(Long.toString(intake.item().id())).build());
    return response.entity(intake).build();
  }

  @GET
  @Operation(
      summary = "Evidence items, by id",
      description = "Paged with 'after' (an id) and 'limit'.")
  public List<EvidenceItem> list(
      @QueryParam("after") Long after,
      @QueryParam("limit") Integer limit,
      @Context SecurityContext security) {
    int pageSize = limit == null ? 100 : limit;
    if (pageSize < 1 || pageSize > MAX_PAGE) {
      throw new InvalidInputException(
          "limit must be between 1 and " + MAX_PAGE + ", got " + pageSize);
    }
    return custody.list(actor(security), after == null ? 0 : after, pageSize);
  }

  @GET
  @Path("{evidenceId}")
  @Operation(summary = "Metadata of one evidence item")
  public EvidenceItem get(@PathParam("evidenceId") long id, @Context SecurityContext security) {
    return custody.describe(actor(security), id);
  }

  @GET
  @Path("{evidenceId}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download the original bytes",
      description = "Re-verified against the intake SHA-256 first; recorded in the custody log.")
  @ApiResponse(
      responseCode = "200",
      description =
          "The original bytes, in the media type they were received with (Content-Disposition"
              + " names the file; Repr-Digest holds its SHA-256)",
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = "string", format = "binary")))
  public Response content(
      @PathParam("evidenceId") long id,
      @QueryParam("purpose") String purpose,
      @Context SecurityContext security)
      throws IOException {
    EvidenceItem item = custody.checkOut(actor(security), id, purpose);
    StreamingOutput bytes =
        output -> {
          try (InputStream in = custody.open(item)) {
            in.transferTo(output);
          }
        };
    String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(item.sha256()));
    return Response.ok(bytes, item.mediaType())
        .header(HttpHeaders.CONTENT_LENGTH, item.sizeBytes())
        .header("Content-Disposition", ContentDisposition.attachment(item.originalFilename()))
        .header("Repr-Digest", "sha-256=:" + digest + ":")
        .header(HttpHeaders.ETAG, "\"" + item.sha256() + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @GET
  @Path("{evidenceId}/custody")
  @Operation(
      summary = "The custody log: intake, every access, resubmission and transfer, oldest first")
  public List<AuditEvent> custodyLog(
      @PathParam("evidenceId") long id, @Context SecurityContext security) {
    return custody.custodyLog(actor(security), id);
  }

  @POST
  @Path("{evidenceId}/transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a transfer of the evidence to someone outside Sightline")
  public AuditEvent transfer(
      @PathParam("evidenceId") long id, Transfer body, @Context SecurityContext security) {
    if (body == null) {
      throw new InvalidInputException(
          "the body must be {\"recipient\": ..., \"purpose\": ..., \"method\": ...}");
    }
    return custody.recordTransfer(
        actor(security), id, body.recipient(), body.purpose(), body.method());
  }

  @POST
  @Path("{evidenceId}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN})
  @Operation(
      summary = "Withdraw an item (soft delete, with a reason); the bytes and record are kept")
  public EvidenceItem withdraw(
      @PathParam("evidenceId") long id, Withdrawal body, @Context SecurityContext security) {
    return custody.withdraw(actor(security), id, body == null ? null : body.reason());
  }

  private static Actor actor(SecurityContext security) {
    return Actor.of(RequestSecurityContext.requireUser(security));
  }
}
