package org.sightline.server.publication;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a public layer, already redacted: nothing in it may be withheld from anyone.
 *
 * @param id a public id ({@code claim-12}: the review that published it), never a record's id
 * @param layer {@code claims}, {@code events} or {@code structures}
 * @param geometry EPSG:4326 (longitude, latitude); generalised for claims and events
 * @param earliest the first day it may have happened or was seen (null: open)
 * @param latest the last day (null: open)
 */
public record PublicFeature(
    String id,
    String layer,
    Geometry geometry,
    ObjectNode properties,
    LocalDate earliest,
    LocalDate latest) {}
