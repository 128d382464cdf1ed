package org.sightline.server.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;

/**
 * Before any answer is sent, reads what is left of the request body (nothing, when the resource
 * read it all), so that answers given without reading it (401, 403, 404, 400 from a filter or an
 * early check) leave the connection reusable. A body with more than
 * {@link RequestBodyDrain#MAX_SWALLOW_BYTES} left is not read further: the answer then carries
 * {@code Connection: close}, so the client does not send another request on a connection the
 * server is about to close.
 */
public final class UnreadBodyFilter implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    boolean readToEnd;
    try {
      if (!request.hasEntity()) {
        return;
      }
      readToEnd = RequestBodyDrain.discard(request.getEntityStream());
    } catch (IllegalStateException alreadyRead) {
      return; // Jersey closes the entity stream once a resource has read the body: nothing is left
    }
    if (!readToEnd) {
      response.getHeaders().putSingle("Connection", "close");
    }
  }
}
