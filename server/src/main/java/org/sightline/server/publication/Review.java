package org.sightline.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One review of one version of a record, as stored ({@code publication}).
 *
 * @param recordVersion the version reviewed: the record's version number, or for an event the id of
 *     its derived row
 * @param content the record as reviewed, frozen; staff only, never sent as it is
 * @param publishableText the free-text fields the submitter marked publishable
 * @param authors who wrote the reviewed version (actor names); they may not publish it
 * @param version the review's own version, for {@code If-Match}
 */
public record Review(
    long id,
    PublicationKind kind,
    String recordId,
    String recordVersion,
    ReviewState state,
    JsonNode content,
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
  public Review {
    publishableText = List.copyOf(publishableText);
    authors = List.copyOf(authors);
  }

  public boolean marksPublishable(String field) {
    return publishableText.contains(field);
  }
}
