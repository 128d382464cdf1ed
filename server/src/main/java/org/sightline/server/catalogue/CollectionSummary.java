package org.sightline.server.catalogue;

import java.time.Instant;
import org.sightline.geodata.geom.BoundingBox;

/**
 * A collection of the catalogue, summarised from its scenes. Immutable.
 *
 * @param scenes the number of scenes
 * @param extent the extent of their footprints, EPSG:4326 degrees
 * @param first the earliest acquisition
 * @param last the latest end of an acquisition (its end time, else its datetime)
 */
public record CollectionSummary(
    String id, long scenes, BoundingBox extent, Instant first, Instant last) {}
