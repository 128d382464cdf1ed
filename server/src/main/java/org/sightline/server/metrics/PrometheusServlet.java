package org.sightline.server.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /prometheus} on the admin port: every collector of its registry in the Prometheus text
 * exposition format 0.0.4 ({@code text/plain; version=0.0.4}). No authentication, as the rest of
 * the admin port: the admin connector must listen on loopback or a private network only (the
 * shipped configurations bind it to 127.0.0.1). Thread-safe.
 */
public final class PrometheusServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Where it is mounted on the admin port. */
  public static final String PATH = "/prometheus";

  private final transient CollectorRegistry registry;

  public PrometheusServlet(CollectorRegistry registry) {
    this.registry = registry;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(TextFormat.CONTENT_TYPE_004);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    try (Writer writer = response.getWriter()) {
      TextFormat.write004(writer, registry.metricFamilySamples());
    }
  }
}
