/** Exports of the registry as GeoJSON, KML, CSV and GeoPackage, redacted by the reader's visibility. */
package org.sightline.server.export;
