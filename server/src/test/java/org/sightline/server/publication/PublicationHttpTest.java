package org.sightline.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.sightline.geodata.geom.Measures;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The review workflow and the public layers end to end: a second person publishes, the author and
 * the submitter may not, a published version stays public while the record changes, withdrawal, and
 * the redaction of a published claim (no description unless marked, month dates, a place at least
 * the policy's distance from the witness's point).
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class PublicationHttpTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient anonymous;
  private static ApiClient analyst;
  private static ApiClient investigator;
  private static ApiClient advocate;
  private static ApiClient secondAdvocate;
  private static ApiClient admin;

  @BeforeAll
  static void setUp() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst = anonymous.as(users.tokenFor("pub-analyst", Role.ANALYST));
    investigator = anonymous.as(users.tokenFor("pub-investigator", Role.INVESTIGATOR));
    advocate = anonymous.as(users.tokenFor("pub-advocate", Role.ADVOCATE));
    secondAdvocate = anonymous.as(users.tokenFor("pub-advocate-two", Role.ADVOCATE));
    admin = anonymous.as(users.tokenFor("pub-admin", Role.ADMIN));
  }

  private static void createFacility(String id, String name) {
    ApiClient.Answer made =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                id,
                "name",
                name,
                "type",
                "kyohwaso",
                "status",
                "unconfirmed",
                "location",
                object("type", "Point", "coordinates", List.of(127.3, 40.2))));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
  }

  private static ApiClient.Answer submit(ApiClient who, String kind, String id, String... text) {
    return who.postJson(
        "/publication/reviews",
        object("kind", kind, "recordId", id, "publishableText", List.of(text), "note", "please"));
  }

  private static ApiClient.Answer decide(
      ApiClient who, long review, String action, Map<String, Object> body) {
    String etag = who.get("/publication/reviews/" + review).header("ETag");
    return who.postJson("/publication/reviews/" + review + "/" + action, body, "If-Match", etag);
  }

  @Test
  void aSecondAdvocatePublishesAndThePublishedVersionStaysWhileTheRecordChanges() {
    createFacility("review-camp", "Review camp");
    assertThat(anonymous.get("/facilities/review-camp").status()).isEqualTo(404);

    ApiClient.Answer submitted = submit(analyst, "facility", "review-camp");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    long review = submitted.json().get("id").asLong();
    assertThat(submitted.json().get("state").asText()).isEqualTo("ready");
    assertThat(submit(analyst, "facility", "review-camp").status()).isEqualTo(409);

    // The analyst is not an advocate; nobody publishes without If-Match.
    assertThat(decide(analyst, review, "publish", object()).status()).isEqualTo(403);
    assertThat(advocate.postJson("/publication/reviews/" + review + "/publish", object()).status())
        .isEqualTo(428);

    ApiClient.Answer published = decide(advocate, review, "publish", object("note", "checked"));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().get("state").asText()).isEqualTo("published");
    assertThat(published.json().get("decidedBy").asText()).isEqualTo("user:pub-advocate");
    assertThat(anonymous.get("/facilities/review-camp").status()).isEqualTo(200);

    // An edit makes a new draft version; the published review stays.
    String etag = analyst.get("/facilities/review-camp").header("ETag");
    JsonNode facility = analyst.get("/facilities/review-camp").json();
    ApiClient.Answer edited =
        analyst.putJson(
            "/facilities/review-camp",
            object(
                "name",
                "Review camp (renamed)",
                "type",
                "kyohwaso",
                "status",
                "unconfirmed",
                "location",
                facility.get("location")),
            "If-Match",
            etag);
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    JsonNode status = analyst.get("/publication/records/facility/review-camp").json();
    assertThat(status.get("state").asText()).isEqualTo("draft");
    assertThat(status.get("changedSincePublished").asBoolean()).isTrue();
    assertThat(status.get("publishedVersion").asText()).isEqualTo("1");
    // The public still sees the reviewed version (through every path); staff see the edit.
    assertThat(anonymous.get("/facilities/review-camp").json().get("name").asText())
        .isEqualTo("Review camp");
    assertThat(
            anonymous
                .get("/collections/facilities/items/review-camp")
                .json()
                .get("properties")
                .get("name")
                .asText())
        .isEqualTo("Review camp");
    assertThat(analyst.get("/facilities/review-camp").json().get("name").asText())
        .isEqualTo("Review camp (renamed)");

    // The new version, reviewed and published by another advocate, replaces it.
    long second = submit(analyst, "facility", "review-camp").json().get("id").asLong();
    assertThat(decide(secondAdvocate, second, "publish", object()).status()).isEqualTo(200);
    assertThat(anonymous.get("/facilities/review-camp").json().get("name").asText())
        .isEqualTo("Review camp (renamed)");
    assertThat(advocate.get("/publication/reviews/" + review).json().get("state").asText())
        .isEqualTo("superseded");
    review = second;

    // Withdrawal needs a reason; then the public no longer sees it.
    assertThat(decide(advocate, review, "withdraw", object()).status()).isEqualTo(400);
    ApiClient.Answer withdrawn =
        decide(secondAdvocate, review, "withdraw", object("reason", "unconfirmed location"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().get("state").asText()).isEqualTo("withdrawn");
    assertThat(anonymous.get("/facilities/review-camp").status()).isEqualTo(404);
  }

  @Test
  void theSubmitterAndTheAuthorMayNotPublish() {
    createFacility("own-camp", "Own camp");
    // An advocate who is also an analyst wrote the facility and submits it.
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    ApiClient both = anonymous.as(users.tokenFor("pub-both", Role.ANALYST, Role.ADVOCATE));
    String etag = both.get("/facilities/own-camp").header("ETag");
    JsonNode facility = both.get("/facilities/own-camp").json();
    assertThat(
            both.putJson(
                    "/facilities/own-camp",
                    object(
                        "name",
                        "Own camp, edited",
                        "type",
                        "kyohwaso",
                        "status",
                        "unconfirmed",
                        "location",
                        facility.get("location")),
                    "If-Match",
                    etag)
                .status())
        .isEqualTo(200);
    long review = submit(analyst, "facility", "own-camp").json().get("id").asLong();
    ApiClient.Answer byAuthor = decide(both, review, "publish", object());
    assertThat(byAuthor.status()).isEqualTo(403);
    assertThat(byAuthor.json().get("message").asText()).contains("you wrote this version");

    long event = submitEvent(advocate);
    ApiClient.Answer bySubmitter = decide(advocate, event, "publish", object());
    assertThat(bySubmitter.status()).isEqualTo(403);
    assertThat(bySubmitter.json().get("message").asText()).contains("you submitted");
    assertThat(decide(secondAdvocate, event, "publish", object()).status()).isEqualTo(200);
  }

  private static long submitEvent(ApiClient who) {
    String key =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT event_key FROM corroborated_event
                             WHERE superseded_at IS NULL AND level <> 'single-source'
                             ORDER BY event_key LIMIT 1""")
                        .mapTo(String.class)
                        .one());
    ApiClient.Answer submitted = submit(who, "event", key);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    return submitted.json().get("id").asLong();
  }

  @Test
  void aPublishedClaimIsRedacted() {
    long claimId =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT c.id FROM claim c JOIN claim_place p ON p.claim_id = c.id
                             WHERE p.kind = 'point' AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1""")
                        .mapTo(Long.class)
                        .one());
    double[] truePoint =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT ST_X(geometry) AS x, ST_Y(geometry) AS y FROM claim_place"
                                + " WHERE claim_id = :id AND kind = 'point'")
                        .bind("id", claimId)
                        .map((rs, ctx) -> new double[] {rs.getDouble("x"), rs.getDouble("y")})
                        .one());
    String description = investigator.get("/claims/" + claimId).json().get("description").asText();

    // An analyst may not submit a claim.
    assertThat(submit(analyst, "claim", String.valueOf(claimId)).status()).isEqualTo(403);
    long review = submit(investigator, "claim", String.valueOf(claimId)).json().get("id").asLong();
    JsonNode preview = advocate.get("/publication/reviews/" + review + "/preview").json();
    assertThat(preview.get("features")).hasSize(1);
    assertThat(decide(advocate, review, "publish", object()).status()).isEqualTo(200);

    JsonNode claims = anonymous.get("/public/features?layers=claims").json();
    assertThat(claims.get("policy").get("version").asInt()).isEqualTo(1);
    JsonNode feature = claims.get("features").get(0);
    String text = claims.toString();
    assertThat(text).doesNotContain(description).doesNotContain("W-").doesNotContain("Interviewer");
    JsonNode coordinates = feature.get("geometry").get("coordinates");
    double distanceM =
        Measures.distanceM(
            new Coordinate(coordinates.get(0).asDouble(), coordinates.get(1).asDouble()),
            new Coordinate(truePoint[0], truePoint[1]));
    assertThat(distanceM).isGreaterThanOrEqualTo(500);
    JsonNode time = feature.get("properties").get("time");
    LocalDate earliest = LocalDate.parse(time.get("earliest").asText());
    LocalDate latest = LocalDate.parse(time.get("latest").asText());
    assertThat(earliest.getDayOfMonth()).isEqualTo(1);
    assertThat(latest.plusDays(1).getDayOfMonth()).isEqualTo(1);

    // Marked publishable, a new review shows the description; a stricter policy narrows dates.
    String etag = admin.get("/redaction-policy").header("ETag");
    ApiClient.Answer bad =
        admin.postJson(
            "/redaction-policy",
            object("rules", object("gridSizeM", 50), "reason", "too fine"),
            "If-Match",
            etag);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText()).contains("gridSizeM");
    ApiClient.Answer adopted =
        admin.postJson(
            "/redaction-policy",
            object("rules", object("datePrecision", "year"), "reason", "years only"),
            "If-Match",
            etag);
    assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
    assertThat(
            admin
                .postJson(
                    "/redaction-policy",
                    object("rules", object(), "reason", "stale"),
                    "If-Match",
                    etag)
                .status())
        .isEqualTo(412);
    assertThat(advocate.postJson("/redaction-policy", object(), "If-Match", etag).status())
        .isEqualTo(403);
    JsonNode yearly = anonymous.get("/public/features?layers=claims").json();
    JsonNode yearlyTime = yearly.get("features").get(0).get("properties").get("time");
    assertThat(yearlyTime.get("earliest").asText()).endsWith("-01-01");
    assertThat(yearlyTime.get("latest").asText()).endsWith("-12-31");
    assertThat(yearly.get("policy").get("version").asInt()).isEqualTo(2);
  }
}
