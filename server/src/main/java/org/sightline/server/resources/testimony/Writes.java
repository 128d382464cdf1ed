package org.sightline.server.resources.testimony;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sightline.server.errors.ETags;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.testimony.Witnesses;

/** The answers of the testimony resources' writes: 201 with Location, or 200, with the ETag. */
final class Writes {
  private Writes() {}

  static Response created(UriInfo uri, String collection, long id, int version, Object entity) {
    return Response.created(
            uri.getBaseUriBuilder().path(collection).path(Long.toString(id)).build())
        .header(HttpHeaders.ETAG, ETags.of(version))
        .entity(entity)
        .build();
  }

  static Response ok(int version, Object entity) {
    return Response.ok(entity).header(HttpHeaders.ETAG, ETags.of(version)).build();
  }

  /** A list's page size: 1 to {@link Witnesses#MAX_PAGE}. */
  static void checkLimit(int limit) {
    if (limit < 1 || limit > Witnesses.MAX_PAGE) {
      throw new InvalidInputException("limit: must be 1-" + Witnesses.MAX_PAGE + ", got " + limit);
    }
  }

  /** The URL of the next page: this request with {@code after} set, or null when none. */
  static String next(UriInfo uri, boolean more, Object after) {
    return more
        ? uri.getRequestUriBuilder().replaceQueryParam("after", after).build().toString()
        : null;
  }
}
