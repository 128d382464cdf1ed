package org.sightline.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Adds browser-hardening headers to every response of the application port: a Content Security
 * Policy without inline scripts or styles (the map loads only its own files), no MIME sniffing, no
 * framing, no referrer sent to other sites, and HSTS on requests that arrived over TLS. When a tile
 * server is configured its origin is allowed for images, and nothing else.
 */
public final class SecurityHeadersFilter implements Filter {
  private final String contentSecurityPolicy;

  /**
   * @param tileUrlTemplate the configured XYZ tile template, or null/empty for none
   */
  public SecurityHeadersFilter(String tileUrlTemplate) {
    this.contentSecurityPolicy = contentSecurityPolicy(tileUrlTemplate);
  }

  static String contentSecurityPolicy(String tileUrlTemplate) {
    String tileOrigin = "";
    if (tileUrlTemplate != null && !tileUrlTemplate.isBlank()) {
      URI uri = URI.create(tileUrlTemplate.replace("{", "").replace("}", ""));
      tileOrigin = " " + uri.getScheme() + "://" + uri.getRawAuthority();
    }
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
        + tileOrigin
        + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  public String policy() {
    return contentSecurityPolicy;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("Content-Security-Policy", contentSecurityPolicy);
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setHeader("X-Frame-Options", "DENY");
    http.setHeader("Referrer-Policy", "no-referrer");
    if (request.isSecure()) {
      // Only over TLS (directly or as reported by a trusted proxy): tells browsers to never use
      // plain HTTP.
      http.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }
}
