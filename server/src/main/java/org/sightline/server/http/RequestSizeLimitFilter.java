package org.sightline.server.http;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the limit with 413 before anything reads them: by Content-Length
 * when given, else by reading at most limit + 1 bytes of a chunked body. Only the file uploads
 * ({@code POST} to an exempt path exactly: evidence, imports) are left to their own, larger limits;
 * JSON bodies under those paths keep this one.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestSizeLimitFilter implements ContainerRequestFilter {
  private final long maxBytes;
  private final java.util.Set<String> exemptUploadPaths;

  /**
   * @param exemptUploadPaths paths relative to the API root (e.g. {@code evidence}) whose POST
   *     enforces a limit of its own
   */
  public RequestSizeLimitFilter(long maxBytes, java.util.Set<String> exemptUploadPaths) {
    this.maxBytes = maxBytes;
    this.exemptUploadPaths = java.util.Set.copyOf(exemptUploadPaths);
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if ("POST".equals(request.getMethod()) && exemptUploadPaths.contains(path)) {
      return;
    }
    int declared = request.getLength();
    if (declared > maxBytes) {
      request.abortWith(tooLarge());
      return;
    }
    if (declared < 0 && request.hasEntity()) {
      InputStream body = request.getEntityStream();
      byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (read.length > maxBytes) {
        request.abortWith(tooLarge());
        return;
      }
      request.setEntityStream(new ByteArrayInputStream(read));
    }
  }

  private Response tooLarge() {
    return Response.status(413)
        .header("Connection", "close") // the client must not reuse a connection left mid-body
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(413, "the request body is larger than the limit of " + maxBytes
            + " bytes (http.maxRequestSize)"))
        .build();
  }
}
