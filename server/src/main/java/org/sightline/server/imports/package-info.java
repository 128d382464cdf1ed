/** Importing facility records from GeoJSON, KML and CSV files into the registry, transactionally. */
package org.sightline.server.imports;
