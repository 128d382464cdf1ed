package org.sightline.server.resources.imagery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.sightline.imagery.InputFormat;
import org.sightline.imagery.StacIds;
import org.sightline.server.api.IngestProblem;
import org.sightline.server.auth.Role;
import org.sightline.server.catalogue.IngestReport;
import org.sightline.server.catalogue.SceneIngest;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.TooLargeException;
import org.sightline.server.http.RequestSecurityContext;

/**
 * {@code POST /api/imagery/ingest}: STAC Items as NDJSON, an ItemCollection, a JSON array or one
 * Item (with {@code ?format=flat}: flattened footprints, {@link
 * org.sightline.imagery.FlatFootprints}), streamed (never held whole) into the catalogue in
 * batches. Answers with the ingest report: 200 when nothing was rejected, 422 when something was
 * (the accepted Items are stored, in complete batches), 400 when the body stops being valid JSON
 * (the report's {@code unreadable} says where; the Items before that point are stored). Analysts
 * and admins. Bodies over {@value #MAX_BODY_BYTES} bytes get 413.
 */
@Path("/imagery/ingest")
@Produces(MediaType.APPLICATION_JSON)
public class ImageryIngestResource {
  public static final long MAX_BODY_BYTES = 4L * 1024 * 1024 * 1024;
  private final Jdbi jdbi;
  private final Clock clock;

  public ImageryIngestResource(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Ingest STAC Items",
      description =
          "NDJSON, ItemCollection, JSON array or one Item; ?collection= for Items that name"
              + " none; ?format=flat for GeoJSON footprints with the STAC fields in properties"
              + " (Maxar, stac-geoparquet exports). Re-ingesting changes nothing; changed Items"
              + " keep their previous version.")
  @ApiResponse(
      responseCode = "200",
      description = "Every Item read was stored (inserted, updated or unchanged, as counted)",
      content = @Content(schema = @Schema(implementation = IngestReport.class)))
  @ApiResponse(
      responseCode = "400",
      description =
          "The body stops being valid JSON (the message says where); the Items before that"
              + " point were stored, as counted",
      content = @Content(schema = @Schema(implementation = IngestProblem.class)))
  @ApiResponse(
      responseCode = "422",
      description =
          "Some Items were rejected (rejectedByReason says why); the valid ones were stored",
      content = @Content(schema = @Schema(implementation = IngestProblem.class)))
  public Response ingest(
      InputStream body,
      @QueryParam("collection") String collection,
      @QueryParam("format") String formatCode,
      @Context SecurityContext security)
      throws IOException {
    InputFormat format;
    try {
      format = InputFormat.of(formatCode);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("format: " + e.getMessage());
    }
    if (collection != null) {
      String problem = StacIds.problem("collection", collection);
      if (problem != null || collection.isBlank()) {
        throw new InvalidInputException(problem != null ? problem : "collection is blank");
      }
    }
    SceneIngest ingest =
        new SceneIngest(
            new SceneStore(jdbi, clock),
            RequestSecurityContext.actorOf(security),
            collection,
            SceneIngest.Progress.NONE);
    ingest.ingest(new Capped(body), "http", format);
    IngestReport report = ingest.finish();
    // 400: the body is not valid JSON (the report says where); 422: some Items were rejected.
    // Both answer in the error shape {"code", "message"}, with the report's figures beside it.
    if (report.unreadable().isEmpty() && report.rejected() == 0) {
      return Response.ok(report).build();
    }
    IngestProblem problem = IngestProblem.of(report);
    return Response.status(problem.code()).entity(problem).build();
  }

  /** Stops reading past the cap with a 413. */
  private static final class Capped extends FilterInputStream {
    private long count;

    Capped(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(long n) {
      count += n;
      if (count > MAX_BODY_BYTES) {
        throw new TooLargeException(
            "the ingest body is larger than "
                + MAX_BODY_BYTES
                + " bytes; use the"
                + " ingest command for bigger files");
      }
    }
  }
}
