package org.sightline.server.corroboration;

import java.time.Instant;
import java.util.List;

/**
 * Two claims from different testimonies that look like one account: compatible types, overlapping
 * time and place, similar descriptions. Confirmed, the second counts as the first's source.
 *
 * @param similarity the descriptions' character-trigram similarity, 0-1
 * @param reasons the grounds, one English sentence each
 * @param status one of {@code "proposed"}, {@code "confirmed"} or {@code "dismissed"}
 */
public record DuplicateView(
    long id,
    long claimA,
    long claimB,
    double similarity,
    List<String> reasons,
    String status,
    Instant proposedAt,
    Instant decidedAt,
    String decidedBy,
    String decisionReason,
    int version) {

  public DuplicateView {
    reasons = List.copyOf(reasons);
  }
}
