package org.sightline.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sightline.server.errors.DomainExceptionMapper;
import org.sightline.server.errors.TooLargeException;

/**
 * Refuses request bodies over the limit (too large, 413) before anything reads them: by
 * Content-Length when given, else by reading at most limit + 1 bytes of a chunked body. Only the
 * file uploads ({@code POST} to an exempt path exactly: evidence, imports) are left to their own,
 * larger limits; JSON bodies under those paths keep this one.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestSizeLimitFilter implements ContainerRequestFilter {
  private static final DomainExceptionMapper ERRORS = new DomainExceptionMapper();
  private final long maxBytes;
  private final List<Pattern> exemptUploadPaths;

  /**
   * @param exemptUploadPaths paths relative to the API root (e.g. {@code evidence}) whose POST
   *     enforces a limit of its own; {@code *} stands for one path segment (e.g. {@code
   *     facilities/*}{@code /observations/import})
   */
  public RequestSizeLimitFilter(long maxBytes, Set<String> exemptUploadPaths) {
    this.maxBytes = maxBytes;
    this.exemptUploadPaths =
        exemptUploadPaths.stream()
            .map(
                p ->
                    Pattern.compile(
                        Arrays.stream(p.split("/", -1))
                            .map(segment -> segment.equals("*") ? "[^/]+" : Pattern.quote(segment))
                            .collect(Collectors.joining("/"))))
            .toList();
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
    String relative = path;
    if ("POST".equals(request.getMethod())
        && exemptUploadPaths.stream().anyMatch(p -> p.matcher(relative).matches())) {
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

  /** The refusal, from the one mapper (which also closes the connection left mid-body). */
  private Response tooLarge() {
    return ERRORS.toResponse(
        new TooLargeException(
            "the request body is larger than the limit of "
                + maxBytes
                + " bytes (http.maxRequestSize)"));
  }
}
