package org.sightline.geodata.structure;

import java.time.LocalDate;

/**
 * A tracked structure's state in one observation of its facility.
 *
 * @param observedStructureId the drawing in that observation when {@code state} is {@link
 *     StructureState#PRESENT}, else null
 */
public record SceneState(
    long observationId,
    String sceneId,
    LocalDate sceneDate,
    StructureState state,
    Long observedStructureId) {}
