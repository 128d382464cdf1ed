package org.sightline.server.testimony;

import java.util.List;

/**
 * The body that records or replaces a testimony: one interview with one witness.
 *
 * @param witness the witness's code, e.g. {@code W-7K3Q9A}
 * @param organisation the originating organisation's id
 * @param sharing {@code staff-only} (default), {@code corroboration-only} or {@code shareable}
 * @param interviewedOn ISO 8601 date of the interview
 * @param language BCP 47 tag of the interview's language, e.g. {@code ko}
 * @param consent the witness's consent for public use: {@code none}, {@code anonymised} or {@code
 *     attributable}
 * @param sourceGrade the Admiralty reliability of the source, {@code A} to {@code F}
 * @param evidence SHA-256 of evidence files in the custody store (recording, transcript)
 * @param externalRef the originating organisation's reference, unique per organisation (imports)
 */
public record TestimonyEdit(
    String witness,
    String organisation,
    String sharing,
    String interviewedOn,
    String interviewer,
    String language,
    String consent,
    String sourceGrade,
    String summary,
    List<String> evidence,
    String externalRef) {}
