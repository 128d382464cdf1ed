/**
 * The GeoPackage export writer (the other formats are in {@code geodata.io}; the query is {@code
 * registry.FacilityDao#exportRows}).
 */
package org.sightline.server.export;
