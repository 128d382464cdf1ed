/**
 * Import readers (GeoJSON, KML, CSV) to features, and export writers (GeoJSON, KML, CSV) of
 * facility rows.
 */
package org.sightline.geodata.io;
