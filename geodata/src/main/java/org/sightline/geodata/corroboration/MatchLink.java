package org.sightline.geodata.corroboration;

import java.time.LocalDate;

/**
 * The match that joined a member to its event: an edge of the event's spanning tree, from a member
 * already in the tree ({@code viaKey}) to the one it brought in ({@code memberKey}).
 *
 * @param memberKey the member joined
 * @param viaKey the member it matched, nearer the event's first member
 * @param rule the type rule applied, with its note
 * @param commonEarliest the first day both intervals cover, or null when open or when they do not
 *     overlap
 * @param commonLatest the last day both cover, or null when open or when they do not overlap
 * @param gapDays days between the two intervals when they do not overlap (they matched within the
 *     time tolerance), else 0
 * @param overlapSqm the area both regions cover, m² (0 when they do not overlap or are points)
 * @param distanceM the distance between the regions, metres, when they do not intersect (they
 *     matched within the place tolerance), else 0
 * @param text the match in one English sentence
 */
public record MatchLink(
    String memberKey,
    String viaKey,
    TypeRule rule,
    LocalDate commonEarliest,
    LocalDate commonLatest,
    long gapDays,
    double overlapSqm,
    double distanceM,
    String text) {}
