package org.sightline.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds the {@link SecurityHeaders} to every response the servlets of the application port give
 * (Jersey's and the web map's files). Jetty's own error responses get them from {@link
 * JsonErrorHandler}.
 */
public final class SecurityHeadersFilter implements Filter {
  private final SecurityHeaders headers;

  public SecurityHeadersFilter(SecurityHeaders headers) {
    this.headers = headers;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.addTo((HttpServletResponse) response, request.isSecure());
    chain.doFilter(request, response);
  }
}
