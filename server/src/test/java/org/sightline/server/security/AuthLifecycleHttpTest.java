package org.sightline.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.MutableClock;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * Passwords, session and API tokens over real HTTP: login, expiry, revocation, wrong passwords,
 * throttling, password changes, and user administration with optimistic concurrency. Time is a
 * {@link MutableClock} the tests move.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthLifecycleHttpTest {
  static final MutableClock CLOCK = MutableClock.startingNow();
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE, CLOCK);
  private static TestUsers users;
  private static ApiClient anonymous;
  private static ApiClient admin;

  @BeforeAll
  static void setUp() {
    users = new TestUsers(DATABASE, CLOCK);
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    admin = anonymous.as(users.tokenFor("lifecycle-admin", Role.ADMIN));
  }

  private static ApiClient.Answer login(String username, String password) {
    return anonymous.postJson("/auth/login", object("username", username, "password", password));
  }

  private static String loginToken(String username) {
    ApiClient.Answer answer = login(username, TestUsers.PASSWORD);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().get("token").asText();
  }

  @Test
  void loginGivesASessionTokenThatIdentifiesTheUserAndExpires() {
    users.create("alice", Role.ANALYST, Role.INVESTIGATOR);
    ApiClient.Answer answer = login("Alice ", TestUsers.PASSWORD);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode session = answer.json();
    assertThat(session.get("token").asText()).matches("slt_[A-Za-z0-9_-]{43}");
    assertThat(session.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(session.at("/user/roles").toString()).isEqualTo("[\"analyst\",\"investigator\"]");
    assertThat(session.toString()).doesNotContain("argon2").doesNotContain("passwordHash");
    Instant expires = Instant.parse(session.get("expiresAt").asText());
    assertThat(Duration.between(CLOCK.instant(), expires)).isEqualTo(Duration.ofHours(12));

    ApiClient alice = anonymous.as(session.get("token").asText());
    assertThat(alice.get("/auth/me").json().get("username").asText()).isEqualTo("alice");

    CLOCK.advance(Duration.ofHours(12).plusSeconds(1));
    ApiClient.Answer expired = alice.get("/auth/me");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(expired.body()).contains("unknown, expired or revoked");
  }

  @Test
  void wrongPasswordUnknownUserAndDeactivatedUserAllGetTheSame401() {
    users.create("bob", Role.ANALYST);
    ApiClient.Answer wrong = login("bob", "not the password at all");
    ApiClient.Answer unknown = login("nobody-here", "not the password at all");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.json().get("message")).isEqualTo(unknown.json().get("message"));
    assertThat(login("bob", null).status()).isEqualTo(400);
    assertThat(anonymous.postJson("/auth/login", "{\"username\": \"bob\", \"password\": ").status())
        .isEqualTo(400);
  }

  @Test
  void repeatedFailuresAreThrottledEvenWithTheRightPasswordUntilTheWindowPasses() {
    users.create("carol", Role.ADVOCATE);
    for (int i = 0; i < 5; i++) {
      assertThat(login("carol", "guess number " + i).status()).isEqualTo(401);
    }
    ApiClient.Answer throttled = login("carol", TestUsers.PASSWORD);
    assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 15 * 60L);
    assertThat(throttled.body()).contains("too many failed logins");

    CLOCK.advance(Duration.ofSeconds(retryAfter + 1));
    assertThat(login("carol", TestUsers.PASSWORD).status()).isEqualTo(200);
    // A success clears the username's count: one more failure is a plain 401.
    assertThat(login("carol", "one more wrong guess").status()).isEqualTo(401);
    List<String> actions =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT action FROM audit_event WHERE entity_type = 'login' AND entity_id = 'carol'")
                        .mapTo(String.class)
                        .list());
    assertThat(actions).containsExactly("login-throttled");
  }

  @Test
  void logoutRevokesTheTokenAtOnce() {
    users.create("dave", Role.ANALYST);
    ApiClient dave = anonymous.as(loginToken("dave"));
    assertThat(dave.get("/auth/me").status()).isEqualTo(200);
    assertThat(dave.postJson("/auth/logout", "").status()).isEqualTo(204);
    assertThat(dave.get("/auth/me").status()).isEqualTo(401);
  }

  @Test
  void apiTokensAreShownOnceListedWithoutSecretsExpireAndCanBeRevoked() {
    users.create("erin", Role.INVESTIGATOR);
    ApiClient erin = anonymous.as(loginToken("erin"));
    ApiClient.Answer created =
        erin.postJson("/tokens", object("label", "laptop script", "expiresInDays", 2));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String apiToken = created.json().get("token").asText();
    long apiTokenId = created.json().get("id").asLong();
    assertThat(created.header("Location")).endsWith("/api/tokens/" + apiTokenId);

    ApiClient script = anonymous.as(apiToken);
    assertThat(script.get("/auth/me").json().get("username").asText()).isEqualTo("erin");

    ApiClient.Answer listed = erin.get("/tokens");
    assertThat(listed.body()).doesNotContain(apiToken).doesNotContain(apiToken.substring(12));
    assertThat(listed.body()).contains(apiToken.substring(0, 10)).contains("laptop script");

    assertThat(erin.postJson("/tokens", object("expiresInDays", 400)).status()).isEqualTo(400);
    assertThat(erin.postJson("/tokens", object("expiresInDays", 0)).status()).isEqualTo(400);
    assertThat(erin.postJson("/tokens", object("expiresInDays", 1, "colour", "blue")).status())
        .as("unknown fields are refused")
        .isEqualTo(400);

    // Another user cannot see or revoke Erin's token, nor mint one for her.
    ApiClient frank = anonymous.as(users.tokenFor("frank", Role.INVESTIGATOR));
    assertThat(frank.postJson("/tokens/" + apiTokenId + "/revocation", "{}").status())
        .isEqualTo(404);
    assertThat(frank.get("/tokens?username=erin").status()).isEqualTo(403);
    assertThat(frank.postJson("/tokens", object("username", "erin")).status()).isEqualTo(403);
    assertThat(script.get("/auth/me").status()).isEqualTo(200);

    ApiClient.Answer revoked =
        erin.postJson("/tokens/" + apiTokenId + "/revocation", object("reason", "laptop lost"));
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("revocationReason").asText()).isEqualTo("laptop lost");
    assertThat(script.get("/auth/me").status()).isEqualTo(401);
    assertThat(erin.postJson("/tokens/" + apiTokenId + "/revocation", "{}").status())
        .isEqualTo(409);

    String shortLived =
        erin.postJson("/tokens", object("expiresInDays", 1)).json().get("token").asText();
    assertThat(anonymous.as(shortLived).get("/auth/me").status()).isEqualTo(200);
    CLOCK.advance(Duration.ofDays(1).plusMinutes(1));
    assertThat(anonymous.as(shortLived).get("/auth/me").status()).isEqualTo(401);
  }

  @Test
  void malformedAuthorizationIsA401EvenOnPublicEndpoints() {
    assertThat(anonymous.get("/collections", "Authorization", "Basic YWRtaW46YWRtaW4=").status())
        .isEqualTo(401);
    assertThat(anonymous.get("/collections", "Authorization", "Bearer not-a-token").status())
        .isEqualTo(401);
    assertThat(anonymous.get("/collections").status()).isEqualTo(200);
  }

  @Test
  void changingYourPasswordNeedsTheCurrentOneAndRevokesYourOtherTokens() {
    users.create("gina", Role.ANALYST);
    ApiClient first = anonymous.as(loginToken("gina"));
    ApiClient second = anonymous.as(loginToken("gina"));
    assertThat(
            first
                .postJson(
                    "/auth/password",
                    object("currentPassword", "wrong", "newPassword", "a new long passphrase 42"))
                .status())
        .isEqualTo(400);
    ApiClient.Answer weak =
        first.postJson(
            "/auth/password",
            object("currentPassword", TestUsers.PASSWORD, "newPassword", "short"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.body()).contains("at least 12 characters").doesNotContain("short\"");
    assertThat(
            first
                .postJson(
                    "/auth/password",
                    object(
                        "currentPassword",
                        TestUsers.PASSWORD,
                        "newPassword",
                        "a new long passphrase 42"))
                .status())
        .isEqualTo(204);
    assertThat(first.get("/auth/me").status()).isEqualTo(200);
    assertThat(second.get("/auth/me").status()).isEqualTo(401);
    assertThat(login("gina", TestUsers.PASSWORD).status()).isEqualTo(401);
    assertThat(login("gina", "a new long passphrase 42").status()).isEqualTo(200);
  }

  @Test
  void adminsManageUsersWithVersionsAndNeverLoseTheLastAdmin() {
    ApiClient.Answer created =
        admin.postJson(
            "/users",
            object(
                "username",
                "Hana.Kim",
                "displayName",
                "<script>alert(1)</script>",
                "roles",
                List.of("analyst")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String generated = created.json().get("generatedPassword").asText();
    long id = created.json().at("/user/id").asLong();
    assertThat(created.json().at("/user/username").asText()).isEqualTo("hana.kim");
    assertThat(created.json().at("/user/displayName").asText())
        .isEqualTo("<script>alert(1)</script>");
    assertThat(login("hana.kim", generated).status()).isEqualTo(200);

    assertThat(
            admin.postJson("/users", object("username", "hana.kim", "roles", List.of())).status())
        .isEqualTo(409);
    ApiClient.Answer badRole =
        admin.postJson("/users", object("username", "ivan", "roles", List.of("superuser")));
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.body())
        .contains("unknown role 'superuser'")
        .contains("admin, analyst, investigator, advocate");
    assertThat(admin.postJson("/users", object("username", "no spaces allowed")).status())
        .isEqualTo(400);

    ApiClient.Answer read = admin.get("/users/" + id);
    assertThat(read.header("ETag")).isEqualTo("\"v1\"");
    ApiClient.Answer noIfMatch =
        admin.putJson("/users/" + id + "/roles", object("roles", List.of("investigator")));
    assertThat(noIfMatch.status()).isEqualTo(428);
    ApiClient.Answer first =
        admin.putJson(
            "/users/" + id + "/roles",
            object("roles", List.of("investigator")),
            "If-Match",
            "\"v1\"");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.header("ETag")).isEqualTo("\"v2\"");
    // A second admin who read version 1 gets 412, and nothing of theirs is written.
    ApiClient.Answer stale =
        admin.putJson(
            "/users/" + id + "/roles", object("roles", List.of("advocate")), "If-Match", "\"v1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("ETag")).isEqualTo("\"v2\"");
    assertThat(admin.get("/users/" + id).json().get("roles").toString())
        .isEqualTo("[\"investigator\"]");

    ApiClient.Answer deactivated =
        admin.postJson(
            "/users/" + id + "/deactivation",
            object("reason", "left the team"),
            "If-Match",
            "\"v2\"");
    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.json().get("active").asBoolean()).isFalse();
    assertThat(login("hana.kim", generated).status()).isEqualTo(401);

    JsonNode history = admin.get("/users/" + id + "/history").json();
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("operation").asText()).isEqualTo("insert");
    assertThat(history.get(2).get("operation").asText()).isEqualTo("deactivate");
    assertThat(history.get(2).at("/state/deactivation_reason").asText()).isEqualTo("left the team");
    assertThat(history.toString()).doesNotContain("password_hash").doesNotContain("argon2");
    List<String> adminReads =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            SELECT action FROM audit_event WHERE entity_type = 'app_user' AND entity_id = :id
               AND actor = 'user:lifecycle-admin' AND action LIKE 'read%' ORDER BY seq""")
                        .bind("id", Long.toString(id))
                        .mapTo(String.class)
                        .list());
    assertThat(adminReads)
        .as("an admin's reads of a user record are audited")
        .containsExactly("read", "read", "read-history");

    long adminId = admin.get("/auth/me").json().get("id").asLong();
    String adminTag = admin.get("/users/" + adminId).header("ETag");
    ApiClient.Answer lastAdmin =
        admin.putJson(
            "/users/" + adminId + "/roles",
            object("roles", List.of("analyst")),
            "If-Match",
            adminTag);
    assertThat(lastAdmin.status()).isEqualTo(409);
    assertThat(lastAdmin.body()).contains("last active admin");
  }

  @Test
  void passwordsNeverAppearInTheAuditTrailOrHistory() {
    users.create("ines", Role.ANALYST);
    login("ines", TestUsers.PASSWORD);
    login("ines", "a wrong secret guess");
    String everything =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                                "SELECT coalesce(string_agg(e::text, ' '), '') FROM (SELECT * FROM audit_event) e")
                            .mapTo(String.class)
                            .one()
                        + h.createQuery(
                                "SELECT coalesce(string_agg(state::text, ' '), '') FROM record_version")
                            .mapTo(String.class)
                            .one());
    assertThat(everything)
        .doesNotContain(TestUsers.PASSWORD)
        .doesNotContain("a wrong secret guess")
        .doesNotContain("argon2");
  }
}
