package org.sightline.geodata.structure;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * One change of one structure, bracketed by scene dates: it happened after {@code earliest} (the
 * last scene in which the previous state was seen, with the place assessable) and no later than
 * {@code latest} (the first scene showing the new state).
 *
 * @param key stable across recomputation while its evidence stands: identity, kind and the
 *     observation that shows the new state
 * @param structureClass the class after the change (before it, for {@link ChangeKind#DISAPPEARED})
 * @param previousClass the class before a {@link ChangeKind#CLASS_CHANGED}, else null
 * @param condition the condition after the change (before it, for disappearance)
 * @param previousCondition the condition before a {@link ChangeKind#CONDITION_CHANGED}, else null
 * @param previousSize area in m² (polygons) or length in m (lines) before, or null (appeared)
 * @param size area in m² or length in m after, or null (disappeared)
 * @param movedM displacement in metres (Hausdorff distance) of a {@link ChangeKind#MOVED}, else
 *     null
 * @param geometry the drawing showing the new state (the last drawing, for disappearance),
 *     EPSG:4326
 * @param confidence the weaker of the two bracketing observations' confidences
 */
public record ChangeEvent(
    String key,
    long identityId,
    ChangeKind kind,
    StructureClass structureClass,
    StructureClass previousClass,
    StructureCondition condition,
    StructureCondition previousCondition,
    LocalDate earliest,
    LocalDate latest,
    long earliestObservationId,
    String earliestSceneId,
    long latestObservationId,
    String latestSceneId,
    Double previousSize,
    Double size,
    Double movedM,
    Geometry geometry,
    EstimativeConfidence confidence,
    Statement statement) {}
