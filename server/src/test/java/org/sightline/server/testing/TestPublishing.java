package org.sightline.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Publishing through the review workflow over HTTP, for tests that need a published record: one
 * person submits the record's current version, a second person (an advocate who neither submitted
 * nor wrote it) publishes it, each step asserted.
 */
public final class TestPublishing {
  private TestPublishing() {}

  /**
   * Submits the facility's current version as {@code submitter} (an analyst or admin) and publishes
   * it as {@code advocate}.
   *
   * @return the published review
   */
  public static JsonNode publishFacility(ApiClient submitter, ApiClient advocate, String id) {
    return publish(submitter, advocate, "facility", id);
  }

  /**
   * Submits a record's current version for review and publishes it as a second person.
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

  /** Withdraws a facility from the public surface as an advocate, with a reason. */
  public static void withdrawFacility(ApiClient advocate, String id) {
    ApiClient.Answer withdrawn =
        advocate.putJson(
            "/facilities/" + id + "/publication",
            object("published", false, "reason", "withdrawn by a test"));
    assertThat(withdrawn.status()).as("withdraw " + id + ": " + withdrawn).isEqualTo(200);
  }
}
