package org.sightline.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A strict CORS policy: only the configured origins (exact match) get CORS headers, and no
 * credentials mode is offered (tokens travel in the Authorization header, never in cookies). A
 * preflight from any other origin is refused with 403; other cross-origin requests get no CORS
 * headers, so the browser withholds the answer from the calling page.
 */
public final class CorsFilter implements Filter {
  static final String ALLOWED_METHODS = "GET, POST, PUT, OPTIONS";
  static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match";
  static final String EXPOSED_HEADERS =
      "ETag, Location, Retry-After, Repr-Digest, Content-Disposition";
  private final Set<String> allowedOrigins;

  public CorsFilter(List<String> allowedOrigins) {
    for (String origin : allowedOrigins) {
      if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")
          && !origin.matches("https?://\\[[0-9a-fA-F:]+\\](:[0-9]{1,5})?")) {
        throw new IllegalArgumentException(
            "http.allowedOrigins entry '"
                + origin
                + "' must be scheme://host[:port] with no path or wildcard");
      }
    }
    this.allowedOrigins = Set.copyOf(allowedOrigins);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String origin = request.getHeader("Origin");
    if (origin == null) {
      chain.doFilter(req, res);
      return;
    }
    response.addHeader("Vary", "Origin");
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    boolean allowed = allowedOrigins.contains(origin);
    if (preflight) {
      if (!allowed) {
        // Rendered as the API's JSON error by JsonErrorHandler, like every servlet error.
        response.sendError(
            HttpServletResponse.SC_FORBIDDEN,
            "cross-origin requests from this origin are not allowed (http.allowedOrigins)");
        return;
      }
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
      response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      response.setHeader("Access-Control-Max-Age", "600");
      response.setStatus(204);
      return;
    }
    if (allowed) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
    chain.doFilter(req, res);
  }
}
