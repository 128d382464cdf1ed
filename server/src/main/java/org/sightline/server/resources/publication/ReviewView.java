package org.sightline.server.resources.publication;

import java.time.Instant;
import java.util.List;
import org.sightline.server.publication.Review;

/**
 * A review as the API shows it to staff: its state and decisions, never the content it froze (staff
 * read a record through its own endpoint; what the public would see is the review's preview).
 */
public record ReviewView(
    long id,
    String kind,
    String recordId,
    String recordVersion,
    String state,
    List<String> publishableText,
    List<String> authors,
    String submittedBy,
    Instant submittedAt,
    String submissionNote,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    Instant publishedAt,
    Instant withdrawnAt,
    String withdrawnBy,
    String withdrawalReason,
    int version) {
  public ReviewView {
    publishableText = List.copyOf(publishableText);
    authors = List.copyOf(authors);
  }

  public static ReviewView of(Review r) {
    return new ReviewView(
        r.id(),
        r.kind().code(),
        r.recordId(),
        r.recordVersion(),
        r.state().code(),
        r.publishableText(),
        r.authors(),
        r.submittedBy(),
        r.submittedAt(),
        r.submissionNote(),
        r.decidedBy(),
        r.decidedAt(),
        r.decisionNote(),
        r.publishedAt(),
        r.withdrawnAt(),
        r.withdrawnBy(),
        r.withdrawalReason(),
        r.version());
  }
}
