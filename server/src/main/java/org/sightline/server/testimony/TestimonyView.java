package org.sightline.server.testimony;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A testimony: one interview with one witness, known by the witness's code.
 *
 * @param evidence SHA-256 of the evidence files linked to it
 * @param claims how many live claims it holds
 */
public record TestimonyView(
    long id,
    String witness,
    String organisation,
    String sharing,
    LocalDate interviewedOn,
    String interviewer,
    String language,
    String consent,
    String sourceGrade,
    String summary,
    List<String> evidence,
    int claims,
    String externalRef,
    boolean synthetic,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public TestimonyView {
    evidence = List.copyOf(evidence);
  }
}
