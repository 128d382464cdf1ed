package org.sightline.server.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.io.InputStream;

/**
 * Before any answer is sent, reads and discards what is left of the request body (nothing, when the
 * resource read it all), up to {@value #MAX_SWALLOW_BYTES} bytes.
 *
 * <p>An HTTP/1.1 server that answers without reading the whole body (a 413, a 401 or 403 from a
 * filter, a 400 from an early check) cannot reuse the connection unless the rest arrives in time,
 * so it closes it; a client that is still writing, or that sends its next request on that
 * connection, then sees no answer. Swallowing a bounded remainder (Tomcat's {@code maxSwallowSize}
 * does the same, 2 MiB by default) keeps the exchange clean. A body with more left than that is not
 * read further, and the answer carries {@code Connection: close}, so the client does not send
 * another request on a connection the server is about to close. Stateless.
 */
public final class UnreadBodyFilter implements ContainerResponseFilter {
  /** The most bytes discarded per request. */
  public static final long MAX_SWALLOW_BYTES = 2L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    boolean readToEnd;
    try {
      if (!request.hasEntity()) {
        return;
      }
      readToEnd = discard(request.getEntityStream());
    } catch (IllegalStateException alreadyRead) {
      return; // Jersey closes the entity stream once a resource has read the body: nothing is left
    }
    if (!readToEnd) {
      response.getHeaders().putSingle("Connection", "close");
    }
  }

  /**
   * Discards up to {@link #MAX_SWALLOW_BYTES} of {@code body}; true when it was read to its end.
   */
  static boolean discard(InputStream body) {
    byte[] buffer = new byte[16 * 1024];
    long discarded = 0;
    try {
      int read;
      while ((read = body.read(buffer)) != -1) {
        discarded += read;
        if (discarded > MAX_SWALLOW_BYTES) {
          return false;
        }
      }
      return true;
    } catch (IOException clientGone) {
      return false; // the client stopped sending; the answer is sent all the same
    }
  }
}
