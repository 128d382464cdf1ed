package org.sightline.server.resources.features;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.sightline.server.structure.ChangeEventRow;

/**
 * The properties of a {@code change-events} feature: the bracket ({@code earliest}: the last scene
 * showing the previous state; {@code latest}: the first showing the new one), kind, class, the
 * statement in English and Korean, confidence, evidence scene ids, sizes (m² for polygons, m for
 * lines) and whether it comes from the illustrative sample series.
 */
public record ChangeEventProperties(
    String facilityId,
    String eventKey,
    long identityId,
    String kind,
    @JsonProperty("class") String structureClass,
    String previousClass,
    String condition,
    String previousCondition,
    LocalDate earliest,
    LocalDate latest,
    List<String> evidenceSceneIds,
    long earliestObservationId,
    long latestObservationId,
    Double previousSize,
    Double size,
    Double movedM,
    String confidence,
    String statement,
    String statementKo,
    boolean illustrative) {
  public static ChangeEventProperties of(ChangeEventRow row) {
    return new ChangeEventProperties(
        row.facilityId(),
        row.eventKey(),
        row.identityId(),
        row.kind(),
        row.structureClass(),
        row.previousClass(),
        row.condition(),
        row.previousCondition(),
        row.earliest(),
        row.latest(),
        List.of(row.earliestSceneId(), row.latestSceneId()),
        row.earliestObservationId(),
        row.latestObservationId(),
        row.previousSize(),
        row.size(),
        row.movedM(),
        row.confidence(),
        row.statementEn(),
        row.statementKo(),
        row.illustrative());
  }
}
