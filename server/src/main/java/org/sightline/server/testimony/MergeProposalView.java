package org.sightline.server.testimony;

import java.time.Instant;
import java.util.List;

/**
 * Two witness records that are likely one person, found by shared keyed fingerprints without
 * revealing any detail: only the kinds that matched are shown.
 *
 * @param matchedKinds the fingerprint kinds the two share, e.g. {@code name-birth-date}, {@code
 *     phone}
 * @param crossOrganisation whether the two were recorded by different organisations
 * @param status one of {@code "proposed"}, {@code "confirmed"} (witnessB merged into witnessA) or
 *     {@code "dismissed"}
 */
public record MergeProposalView(
    long id,
    String witnessA,
    String organisationA,
    String witnessB,
    String organisationB,
    boolean crossOrganisation,
    List<String> matchedKinds,
    String status,
    Instant proposedAt,
    Instant decidedAt,
    String decidedBy,
    String decisionReason,
    int version) {

  public MergeProposalView {
    matchedKinds = List.copyOf(matchedKinds);
  }
}
