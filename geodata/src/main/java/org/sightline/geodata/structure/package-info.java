/**
 * Structure change from imagery observations: what an analyst saw at one facility in one scene
 * ({@link org.sightline.geodata.structure.Observation}), structures followed across observations
 * ({@link org.sightline.geodata.structure.StructureTracker}, matched by overlap in a metric
 * projection through {@link org.sightline.geodata.structure.StructureMatcher}), the three states of
 * a structure in each scene (present, absent, not assessable), change events bracketed by scene
 * dates with statements in English and Korean, and a facility's time series. No database, no HTTP.
 *
 * <p>Geometries are EPSG:4326, longitude/latitude order, on the way in and out; areas are square
 * metres and lengths metres on the WGS 84 ellipsoid.
 */
package org.sightline.geodata.structure;
