/**
 * Uncertain places of testimony: a point with a radius, an area, or "somewhere inside facility X
 * (zone Y)" ({@link org.sightline.geodata.place.UncertainPlace}); their precision in Sightline's
 * and in ACLED's and UCDP GED's terms ({@link org.sightline.geodata.place.PlacePrecision}); and the
 * region a place stands for ({@link org.sightline.geodata.place.PlaceRegion}), with facility
 * boundaries, which are dated and live in the database, supplied by the caller ({@link
 * org.sightline.geodata.place.PlaceResolver}).
 *
 * <p>Geometries are EPSG:4326 with SRID 4326, longitude/latitude order; distances are metres and
 * areas square metres on the WGS 84 ellipsoid. Every type here is immutable and thread-safe.
 */
package org.sightline.geodata.place;
