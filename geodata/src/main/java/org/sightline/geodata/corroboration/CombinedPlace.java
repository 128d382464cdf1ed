package org.sightline.geodata.corroboration;

import org.locationtech.jts.geom.Geometry;

/**
 * Where an event took place, combining its members: the region all of them share when there is one,
 * otherwise the union of their regions.
 *
 * @param intersection true when {@code region} is the intersection of every member's region, false
 *     when that is empty and it is their union
 * @param region EPSG:4326 longitude/latitude, SRID 4326
 * @param areaSqm its area, m² on the WGS 84 ellipsoid (0 for a point)
 * @param text in one English sentence
 */
public record CombinedPlace(boolean intersection, Geometry region, double areaSqm, String text) {}
