package org.sightline.server.registry;

import java.time.LocalDate;
import org.sightline.server.db.LonLatExtent;

/**
 * Where and when a set of dated areas lies: the box of their geometries and the span of their
 * validity.
 *
 * @param box the bounding box of the geometries
 * @param firstDay the earliest day any is valid from; null when one is valid from the open past
 * @param endDay the latest end of validity (exclusive, as {@code valid_to}); null when one is still
 *     valid (open end)
 */
public record DatedExtent(LonLatExtent box, LocalDate firstDay, LocalDate endDay) {}
