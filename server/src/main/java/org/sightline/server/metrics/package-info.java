/**
 * Metrics for monitoring: the admin port's {@code /prometheus}, which writes the Dropwizard metric
 * registry and the health checks in the Prometheus text exposition format. See docs/OPERATIONS.md.
 */
package org.sightline.server.metrics;
