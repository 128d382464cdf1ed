package org.sightline.server.metrics;

import io.dropwizard.core.setup.Environment;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.dropwizard.DropwizardExports;

/**
 * Mounts {@link PrometheusServlet} on the admin port with its own collector registry: the whole
 * Dropwizard metric registry (JVM, Jetty requests by status class, per-resource timers, the
 * database pool, the login gate) through Prometheus's Dropwizard bridge, whose names are the
 * Dropwizard names with every character other than letters, digits and {@code _} made {@code _}
 * (meters and counters end in {@code _total}; timers are summaries in seconds), and the health
 * checks ({@link HealthCheckCollector}).
 */
public final class PrometheusMetrics {
  private PrometheusMetrics() {}

  /** Registers the collectors and the servlet; call once, in the application's run. */
  public static void install(Environment environment) {
    CollectorRegistry registry = new CollectorRegistry();
    registry.register(new DropwizardExports(environment.metrics()));
    registry.register(new HealthCheckCollector(environment.healthChecks()));
    environment
        .admin()
        .addServlet("prometheus", new PrometheusServlet(registry))
        .addMapping(PrometheusServlet.PATH);
  }
}
