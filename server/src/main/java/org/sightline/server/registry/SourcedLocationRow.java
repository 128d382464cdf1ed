package org.sightline.server.registry;

import org.sightline.geodata.facility.SourcedLocation;

/**
 * A sourced location as read from the database.
 *
 * @param facilityId the facility it places
 * @param location the location
 * @param distanceFromFacilityM distance to the facility's location in metres, on the WGS 84
 *     spheroid
 */
public record SourcedLocationRow(
    String facilityId, SourcedLocation location, double distanceFromFacilityM) {}
