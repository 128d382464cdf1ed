/**
 * Representations the HTTP API writes: OGC API - Features documents, links and GeoJSON
 * serialization.
 */
package org.sightline.server.api;
