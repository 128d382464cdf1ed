/** Exports of the registry: the database query and the GeoPackage writer (the other formats are in {@code geodata.io}). */
package org.sightline.server.export;
