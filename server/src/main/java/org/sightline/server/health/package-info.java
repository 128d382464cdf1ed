/** Dropwizard health checks: the database is reachable and the audit tables stay append-only. */
package org.sightline.server.health;
