package org.sightline.server.resources.facilities;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.server.errors.ETags;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.DatedAreaEdit;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.visibility.Visibility;

/**
 * What the endpoints of every dated-area kind under {@code /api/facilities/{id}/...} share: adding
 * a version (201 with its location), reading one (with its ETag), ending one at a date ({@code
 * If-Match}) and soft-deleting one with a reason. The subclass declares the endpoints: their paths,
 * parameter names, and request and response shapes.
 */
public abstract class DatedAreaResource {
  final DatedAreas areas;

  DatedAreaResource(DatedAreas areas) {
    this.areas = areas;
  }

  public record Deletion(String reason) {}

  /**
   * @param validTo the first day the version no longer holds, {@code YYYY-MM-DD}
   */
  public record Ending(String validTo) {}

  /** One live version of a facility the caller may see, with its ETag; 404 otherwise. */
  Response one(String facilityId, long versionId, SecurityContext security) {
    DatedArea version =
        areas
            .visible(versionId, Visibility.of(security))
            .filter(v -> v.facilityId().equals(facilityId))
            .orElseThrow(
                () ->
                    new EntityNotFoundException(
                        "facility '"
                            + facilityId
                            + "' has no "
                            + areas.kind().noun()
                            + " "
                            + versionId));
    return withETag(version);
  }

  /** Ends a version at the body's {@code validTo}; needs {@code If-Match} with its ETag. */
  Response ended(
      String facilityId, long versionId, String ifMatch, Ending body, SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    return withETag(
        areas.end(
            RequestSecurityContext.actorOf(security),
            facilityId,
            versionId,
            version,
            body == null ? null : body.validTo()));
  }

  private static Response withETag(DatedArea version) {
    return Response.ok(DatedAreaView.of(version))
        .header(HttpHeaders.ETAG, ETags.of(version.version()))
        .build();
  }

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

  /**
   * Replaces a version's shape from the body's {@code validFrom} (the version ends that day, the
   * new one starts), in one transaction; needs {@code If-Match} with the replaced version's ETag.
   * 201 at the new version's {@code ?id=}.
   */
  Response superseded(
      String facilityId,
      long versionId,
      String ifMatch,
      DatedAreaEdit body,
      boolean repair,
      SecurityContext security,
      UriInfo uri,
      AddedBody entity) {
    int version = ETags.requireVersion(ifMatch);
    DatedAreas.Added added =
        areas.supersede(
            RequestSecurityContext.actorOf(security), facilityId, versionId, version, body, repair);
    String path = uri.getAbsolutePath().getPath(); // .../{versionId}/supersede
    String list = path.substring(0, path.lastIndexOf('/', path.lastIndexOf('/') - 1));
    return Response.created(
            uri.getAbsolutePathBuilder()
                .replacePath(list)
                .queryParam("id", added.version().id())
                .build())
        .entity(entity.of(DatedAreaView.of(added.version()), added.repairs()))
        .build();
  }

  /** The response body of an added version: the kind names its field. */
  interface AddedBody {
    Object of(DatedAreaView version, List<String> repairs);
  }
}
