/**
 * Geometry on JTS in EPSG:4326 (x = longitude, y = latitude): checks, repair, geodesic measures,
 * GeoJSON reading and writing.
 */
package org.sightline.geodata.geom;
