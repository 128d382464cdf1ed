package org.sightline.server.resources.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.audit.AuditEvent;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.audit.AuditVerification;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.http.RequestSecurityContext;

/**
 * {@code /api/audit}: the audit trail (admins only). Reading it is itself audited. {@code verify}
 * re-computes the hash chain and names the first broken link.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AuditResource {
  private static final int MAX_LIMIT = 1000;
  private final AttributedTransactions transactions;

  public AuditResource(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  @GET
  @Path("events")
  @Operation(
      summary = "Audit events in order",
      description =
          "After seq 'after' (0 for the start), oldest first, optionally for one entity type or"
              + " entity; with latest=true the last 'limit' events instead, newest first.")
  public List<AuditEvent> events(
      @QueryParam("after") Long after,
      @Parameter(
              description = "page size",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"))
          @QueryParam("limit")
          Integer limit,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @Parameter(description = "the latest events, newest first (no 'after')") @QueryParam("latest")
          boolean latest,
      @Context SecurityContext security) {
    if (latest && after != null) {
      throw new InvalidInputException("after and latest=true do not go together");
    }
    long afterSeq = after == null ? 0 : after;
    int pageSize = limit == null ? 100 : limit;
    if (afterSeq < 0) {
      throw new InvalidInputException("after must be 0 or more, got " + afterSeq);
    }
    if (pageSize < 1 || pageSize > MAX_LIMIT) {
      throw new InvalidInputException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + pageSize);
    }
    return transactions.inTransaction(
        RequestSecurityContext.actorOf(security),
        handle -> {
          List<AuditEvent> events =
              latest
                  ? AuditLog.latest(handle, entityType, entityId, pageSize)
                  : AuditLog.list(handle, afterSeq, entityType, entityId, pageSize);
          AuditLog.record(
              handle,
              "read",
              "audit_event",
              latest ? "latest" : "after:" + afterSeq,
              Map.of("returned", events.size()));
          return events;
        });
  }

  @GET
  @Path("verify")
  @Operation(
      summary = "Verify the audit hash chain",
      description =
          "Optionally against a head saved earlier (anchorSeq + anchorHash), which detects a cut-off tail.")
  public AuditVerification verify(
      @QueryParam("anchorSeq") Long anchorSeq,
      @QueryParam("anchorHash") String anchorHash,
      @Context SecurityContext security) {
    if ((anchorSeq == null) != (anchorHash == null)) {
      throw new InvalidInputException("anchorSeq and anchorHash go together");
    }
    if (anchorHash != null && !anchorHash.matches("[0-9a-f]{64}")) {
      throw new InvalidInputException("anchorHash must be 64 lowercase hex digits");
    }
    AuditVerification result =
        transactions
            .jdbi()
            .withHandle(handle -> AuditChainVerifier.verify(handle, anchorSeq, anchorHash));
    transactions.useTransaction(
        RequestSecurityContext.actorOf(security),
        handle ->
            AuditLog.record(
                handle,
                "verify",
                "audit_event",
                "chain",
                Map.of("intact", result.intact(), "eventsChecked", result.eventsChecked())));
    return result;
  }
}
