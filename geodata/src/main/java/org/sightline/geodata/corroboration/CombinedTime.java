package org.sightline.geodata.corroboration;

import java.time.LocalDate;

/**
 * When an event took place, combining its members: the days every interval covers when there are
 * any, otherwise the hull of the intervals (first earliest to last latest).
 *
 * @param intersection true when the interval is the intersection of every member's, false when that
 *     is empty and it is their hull
 * @param earliest inclusive, or null when open
 * @param latest inclusive, or null when open
 * @param text in one English sentence
 */
public record CombinedTime(
    boolean intersection, LocalDate earliest, LocalDate latest, String text) {}
