package org.sightline.server.resources.facilities;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.DatedAreaEdit;
import org.sightline.server.registry.DatedAreas;

/**
 * What the endpoints of every dated-area kind under {@code /api/facilities/{id}/...} share: adding
 * a version (201 with its location) and soft-deleting one with a reason. The subclass declares the
 * endpoints: their paths, parameter names, and request and response shapes.
 */
public abstract class DatedAreaResource {
  final DatedAreas areas;

  DatedAreaResource(DatedAreas areas) {
    this.areas = areas;
  }

  public record Deletion(String reason) {}

  /** Soft-deletes a version with the reason the body gives. */
  DatedAreaView deleted(
      String facilityId, long versionId, Deletion body, SecurityContext security) {
    return DatedAreaView.of(
        areas.delete(
            RequestSecurityContext.actorOf(security),
            facilityId,
            versionId,
            body == null ? null : body.reason()));
  }

  /**
   * Adds the version; 201 at {@code ?id=}, with the body {@code entity} makes of the view and
   * repairs.
   */
  Response created(
      String facilityId,
      DatedAreaEdit body,
      boolean repair,
      SecurityContext security,
      UriInfo uri,
      AddedBody entity) {
    DatedAreas.Added added =
        areas.add(RequestSecurityContext.actorOf(security), facilityId, body, repair);
    return Response.created(
            uri.getAbsolutePathBuilder().queryParam("id", added.version().id()).build())
        .entity(entity.of(DatedAreaView.of(added.version()), added.repairs()))
        .build();
  }

  /** The response body of an added version: the kind names its field. */
  interface AddedBody {
    Object of(DatedAreaView version, List<String> repairs);
  }
}
