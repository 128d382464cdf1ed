/** HTTP: registry exports in GeoJSON, KML, CSV and GeoPackage. */
package org.sightline.server.resources.exports;
