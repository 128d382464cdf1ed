/**
 * Reading an analyst's digitized layer (GeoJSON from QGIS, KML from Google Earth Pro, a GeoPackage
 * read by the server) into drafts of one observation: a {@link
 * org.sightline.geodata.structure.io.StructureDraft} per structure, an {@link
 * org.sightline.geodata.structure.io.UnassessableDraft} per area that could not be assessed, and
 * every error and warning of every feature ({@link
 * org.sightline.geodata.structure.io.StructureLayerReader}). Attribute words in English and Korean
 * are mapped to the vocabularies of {@link org.sightline.geodata.structure} as the table in {@code
 * docs/IMPORT-STRUCTURES.md} says. No database, no HTTP.
 *
 * <p>Geometries are EPSG:4326, longitude/latitude order, checked by the rules of {@link
 * org.sightline.geodata.structure.StructureDrawing} (validity with location, swapped axes, the
 * vertex limit, lines only for the perimeter).
 */
package org.sightline.geodata.structure.io;
