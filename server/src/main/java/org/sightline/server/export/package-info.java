/**
 * The GeoPackage facility export writer (the other formats are in {@code geodata.io}; the query is
 * {@code registry.FacilityDao#exportRows}), and the deterministic writers of public exports' files
 * ({@link org.sightline.server.export.PublicLayerFiles} over {@link
 * org.sightline.server.export.PublicTable}).
 */
package org.sightline.server.export;
