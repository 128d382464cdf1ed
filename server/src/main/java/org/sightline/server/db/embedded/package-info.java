/**
 * The embedded PostGIS cluster started from the system's PostgreSQL binaries as an unprivileged
 * user.
 */
package org.sightline.server.db.embedded;
