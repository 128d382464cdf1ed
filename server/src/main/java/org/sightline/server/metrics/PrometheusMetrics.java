package org.sightline.server.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jvm.GarbageCollectorMetricSet;
import com.codahale.metrics.jvm.MemoryUsageGaugeSet;
import com.codahale.metrics.jvm.ThreadStatesGaugeSet;
import io.dropwizard.core.setup.Environment;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.dropwizard.DropwizardExports;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Mounts {@link PrometheusServlet} on the admin port with its own collector registry: the whole
 * Dropwizard metric registry (JVM, Jetty requests by status class, per-resource timers, the
 * database pool, the login gate, the timers of {@link ResourceTimers}) through Prometheus's
 * Dropwizard bridge, whose names are the Dropwizard names with every character other than letters,
 * digits and {@code _} made {@code _} (meters and counters end in {@code _total}; timers are
 * summaries in seconds), and the health checks ({@link HealthCheckCollector}).
 */
public final class PrometheusMetrics {
  private PrometheusMetrics() {}

  /**
   * The JVM's memory, thread and garbage collection gauges, as Dropwizard's {@code
   * Bootstrap.registerMetrics} names them, where it has not run (an application started by the test
   * support, not from the command line).
   */
  static void registerJvmGauges(MetricRegistry metrics) {
    if (metrics.getNames().stream().anyMatch(name -> name.startsWith("jvm."))) {
      return;
    }
    metrics.register("jvm.memory", new MemoryUsageGaugeSet());
    metrics.register("jvm.threads", new ThreadStatesGaugeSet());
    metrics.register("jvm.gc", new GarbageCollectorMetricSet());
  }

  /**
   * Gauges of the free and total space of the file system holding {@code directory}: {@code
   * sightline.disk.<name>.usable-bytes} and {@code .total-bytes} (in Prometheus {@code
   * sightline_disk_<name>_usable_bytes}); -1 when the file system cannot be read.
   */
  public static void watchDiskSpace(MetricRegistry metrics, String name, Path directory) {
    metrics.registerGauge(
        MetricRegistry.name("sightline.disk", name, "usable-bytes"), () -> space(directory, true));
    metrics.registerGauge(
        MetricRegistry.name("sightline.disk", name, "total-bytes"), () -> space(directory, false));
  }

  private static long space(Path directory, boolean usable) {
    try {
      FileStore store = Files.getFileStore(directory);
      return usable ? store.getUsableSpace() : store.getTotalSpace();
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Registers the collectors and the servlet, and a timer per resource method ({@link
   * ResourceTimers}); call once, in the application's run.
   */
  public static void install(Environment environment) {
    environment.jersey().register(new ResourceTimers(environment.metrics()));
    registerJvmGauges(environment.metrics());
    CollectorRegistry registry = new CollectorRegistry();
    registry.register(new DropwizardExports(environment.metrics()));
    registry.register(new HealthCheckCollector(environment.healthChecks()));
    environment
        .admin()
        .addServlet("prometheus", new PrometheusServlet(registry))
        .addMapping(PrometheusServlet.PATH);
  }
}
