/** Binding and mapping JTS geometries to PostGIS columns (SRID 4326) in Jdbi. */
package org.sightline.server.db.geometry;
