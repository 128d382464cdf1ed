package org.sightline.server.metrics;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The health checks as one Prometheus gauge, {@code sightline_health_check_healthy{name="..."}}: 1
 * when the check passes, 0 when it fails (or throws). The checks run at each scrape, as {@code GET
 * /healthcheck} runs them; each is cheap (a query or a seal and unseal). Thread-safe.
 */
public final class HealthCheckCollector extends Collector {
  /** The gauge's name. */
  public static final String NAME = "sightline_health_check_healthy";

  private final HealthCheckRegistry healthChecks;

  public HealthCheckCollector(HealthCheckRegistry healthChecks) {
    this.healthChecks = healthChecks;
  }

  @Override
  public List<MetricFamilySamples> collect() {
    GaugeMetricFamily healthy =
        new GaugeMetricFamily(
            NAME,
            "1 when the health check of this name passes, 0 when it fails (GET /healthcheck says why)",
            List.of("name"));
    SortedMap<String, HealthCheck.Result> results = healthChecks.runHealthChecks();
    for (Map.Entry<String, HealthCheck.Result> result : results.entrySet()) {
      healthy.addMetric(List.of(result.getKey()), result.getValue().isHealthy() ? 1 : 0);
    }
    return List.of(healthy);
  }
}
