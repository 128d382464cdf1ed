package org.sightline.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;

/**
 * The browser-hardening headers that every response of the application port carries: a Content
 * Security Policy without inline scripts or styles (the map loads only its own files), no MIME
 * sniffing, no framing, no referrer sent to other sites, and HSTS on requests that arrived over
 * TLS. When a tile server is configured its origin is allowed for images, and nothing else; so are
 * the configured thumbnail origins ({@code map.thumbnailHosts}). Set by {@link
 * SecurityHeadersFilter} on what the servlets answer and by {@link JsonErrorHandler} on Jetty's own
 * error responses (which are built after the filter's headers were cleared, or before any filter
 * ran). Immutable.
 */
public final class SecurityHeaders {
  /** HSTS lifetime: one year, in seconds. */
  static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

  private final String contentSecurityPolicy;

  /**
   * @param tileUrlTemplate the configured XYZ tile template, or null/empty for none
   */
  public SecurityHeaders(String tileUrlTemplate) {
    this(tileUrlTemplate, List.of());
  }

  /**
   * @param tileUrlTemplate the configured XYZ tile template, or null/empty for none
   * @param imageOrigins further https origins images may come from (scene thumbnails); each must be
   *     {@code https://host[:port]}
   * @throws IllegalArgumentException when an origin is not an https origin
   */
  public SecurityHeaders(String tileUrlTemplate, List<String> imageOrigins) {
    this.contentSecurityPolicy = contentSecurityPolicy(tileUrlTemplate, imageOrigins);
  }

  private static String contentSecurityPolicy(String tileUrlTemplate, List<String> imageOrigins) {
    StringBuilder images = new StringBuilder();
    if (tileUrlTemplate != null && !tileUrlTemplate.isBlank()) {
      URI uri = URI.create(tileUrlTemplate.replace("{", "").replace("}", ""));
      images.append(' ').append(uri.getScheme()).append("://").append(uri.getRawAuthority());
    }
    for (String origin : imageOrigins) {
      String checked = httpsOrigin(origin);
      if (images.indexOf(" " + checked) < 0) {
        images.append(' ').append(checked);
      }
    }
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
        + images
        + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  /** The origin itself when it is {@code https://host[:port]} with nothing else; else throws. */
  static String httpsOrigin(String origin) {
    URI uri;
    try {
      uri = new URI(origin == null ? "" : origin);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an https origin: " + origin, e);
    }
    boolean bare =
        "https".equals(uri.getScheme())
            && uri.getHost() != null
            && uri.getRawUserInfo() == null
            && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null;
    if (!bare) {
      throw new IllegalArgumentException("not an https origin (https://host[:port]): " + origin);
    }
    return "https://" + uri.getRawAuthority();
  }

  public String policy() {
    return contentSecurityPolicy;
  }

  /**
   * @param secure whether the request arrived over TLS (directly or as reported by a trusted
   *     proxy): only then is HSTS sent
   */
  public void addTo(HttpServletResponse response, boolean secure) {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (secure) {
      response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE_SECONDS);
    }
  }

  /** The same headers on a Jetty response's fields. */
  public void addTo(HttpFields.Mutable fields, boolean secure) {
    fields.put("Content-Security-Policy", contentSecurityPolicy);
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("X-Frame-Options", "DENY");
    fields.put("Referrer-Policy", "no-referrer");
    if (secure) {
      fields.put("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE_SECONDS);
    }
  }
}
