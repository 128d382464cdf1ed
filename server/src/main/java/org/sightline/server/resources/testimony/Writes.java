package org.sightline.server.resources.testimony;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sightline.server.errors.ETags;

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

  /** The URL of the next page: this request with {@code after} set, or null when none. */
  static String next(UriInfo uri, boolean more, Object after) {
    return more
        ? uri.getRequestUriBuilder().replaceQueryParam("after", after).build().toString()
        : null;
  }
}
