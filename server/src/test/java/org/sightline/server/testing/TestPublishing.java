package org.sightline.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.publication.Publications;
import org.sightline.server.publication.Review;

/**
 * Publishes records the way the review workflow does, for tests that need public data: one person
 * submits the record's current version and a second, an advocate who neither submitted nor wrote
 * it, publishes it. Either on the database through {@link Publications} with two made-up users, or
 * over HTTP as two real callers (each step asserted).
 */
public final class TestPublishing {
  /** Holds every role that submits some kind; never publishes. */
  public static final SightlineUser SUBMITTER =
      new SightlineUser(
          -1, "test-submitter", Set.of(Role.ANALYST, Role.INVESTIGATOR, Role.ADVOCATE), -1);

  /** The second person. */
  public static final SightlineUser PUBLISHER =
      new SightlineUser(-2, "test-publisher", Set.of(Role.ADVOCATE), -2);

  private TestPublishing() {}

  /** Submits and publishes the record's current version; returns the published review. */
  public static Review publish(Jdbi jdbi, PublicationKind kind, String recordId) {
    return publish(jdbi, kind, recordId, List.of());
  }

  /** As {@link #publish(Jdbi, PublicationKind, String)}, marking free text publishable. */
  public static Review publish(
      Jdbi jdbi, PublicationKind kind, String recordId, List<String> publishableText) {
    Publications publications = new Publications(new AttributedTransactions(jdbi));
    Review ready =
        publications.submit(
            SUBMITTER,
            new Publications.Submission(kind, recordId, publishableText, "test publication"));
    return publications.publish(PUBLISHER, ready.id(), ready.version(), null);
  }

  /**
   * Over HTTP: submits the facility's current version as {@code submitter} (an analyst or admin)
   * and publishes it as {@code advocate}.
   *
   * @return the published review
   */
  public static JsonNode publishFacility(ApiClient submitter, ApiClient advocate, String id) {
    return publish(submitter, advocate, "facility", id);
  }

  /**
   * Over HTTP: submits a record's current version for review and publishes it as a second person.
   *
   * @return the published review
   */
  public static JsonNode publish(
      ApiClient submitter, ApiClient advocate, String kind, String recordId) {
    ApiClient.Answer submitted =
        submitter.postJson(
            "/publication/reviews",
            object("kind", kind, "recordId", recordId, "publishableText", List.of()));
    assertThat(submitted.status())
        .as("submit " + kind + " " + recordId + ": " + submitted)
        .isEqualTo(201);
    long review = submitted.json().get("id").asLong();
    String etag = advocate.get("/publication/reviews/" + review).header("ETag");
    ApiClient.Answer published =
        advocate.postJson(
            "/publication/reviews/" + review + "/publish",
            object("note", "test"),
            "If-Match",
            etag);
    assertThat(published.status())
        .as("publish " + kind + " " + recordId + ": " + published)
        .isEqualTo(200);
    return published.json();
  }

  /** Over HTTP: withdraws a facility from the public surface as an advocate, with a reason. */
  public static void withdrawFacility(ApiClient advocate, String id) {
    ApiClient.Answer withdrawn =
        advocate.putJson(
            "/facilities/" + id + "/publication",
            object("published", false, "reason", "withdrawn by a test"));
    assertThat(withdrawn.status()).as("withdraw " + id + ": " + withdrawn).isEqualTo(200);
  }
}
