package org.sightline.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * For the web map's files: turns an error status that the asset servlet only sets (an unknown path
 * is a bare 404 with no body) into a servlet error, which {@link JsonErrorHandler} renders as the
 * API's JSON error like every other. Not for Jersey, whose errors already have their bodies.
 * Stateless.
 */
public final class StaticErrorsFilter implements Filter {
  private static final int FIRST_ERROR_STATUS = 400;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        request,
        new HttpServletResponseWrapper((HttpServletResponse) response) {
          @Override
          public void setStatus(int status) {
            if (status >= FIRST_ERROR_STATUS && !isCommitted()) {
              try {
                sendError(status);
              } catch (IOException e) {
                super.setStatus(status);
              }
            } else {
              super.setStatus(status);
            }
          }
        });
  }
}
