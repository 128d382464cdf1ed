package org.sightline.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.StoredUser;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.MutableClock;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * What a security probe tried with parallel and repeated requests: two admins removing each other
 * at the same moment, guessing the current password through a stolen session, and beating the
 * per-address login limit with parallel requests. Over real HTTP, on a database of its own (the
 * per-address counts are shared by every test from 127.0.0.1); each test starts an hour later, so
 * earlier failures have left the throttle's window.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthRaceHttpTest {
  static final MutableClock CLOCK = MutableClock.startingNow();
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE, CLOCK);
  private static TestUsers users;
  private static ApiClient anonymous;

  @BeforeAll
  static void setUp() {
    users = new TestUsers(DATABASE, CLOCK);
    anonymous = ApiClient.anonymous(APP.getLocalPort());
  }

  @BeforeEach
  void leaveEarlierFailuresBehind() {
    CLOCK.advance(Duration.ofHours(1));
  }

  private record Admin(long id, ApiClient client) {}

  private static Admin newAdmin(String username) {
    String token = users.tokenFor(username, Role.ADMIN);
    ApiClient client = anonymous.as(token);
    return new Admin(client.get("/auth/me").json().get("id").asLong(), client);
  }

  private static String etag(Admin reader, long userId) {
    return reader.client().get("/users/" + userId).header("ETag");
  }

  /**
   * Each round, two admins (the only two) remove each other at once: by demotion, by deactivation,
   * or one of each. The test holds both users' rows locked until both requests wait inside
   * PostgreSQL, then lets them go together; exactly one may succeed.
   */
  @Test
  void twoAdminsRemovingEachOtherAtOnceLeaveOneAdmin() throws Exception {
    Admin survivor = newAdmin("race-admin-0");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= 6; round++) {
        Admin first = survivor;
        Admin second = newAdmin("race-admin-" + round);
        assertThat(activeAdmins()).isEqualTo(2);
        String firstTag = etag(second, first.id());
        String secondTag = etag(first, second.id());
        Callable<ApiClient.Answer> firstRemovesSecond =
            round % 3 == 0
                ? () ->
                    first
                        .client()
                        .postJson(
                            "/users/" + second.id() + "/deactivation",
                            object("reason", "race round"),
                            "If-Match",
                            secondTag)
                : () ->
                    first
                        .client()
                        .putJson(
                            "/users/" + second.id() + "/roles",
                            object("roles", List.of("analyst")),
                            "If-Match",
                            secondTag);
        Callable<ApiClient.Answer> secondRemovesFirst =
            round % 2 == 0
                ? () ->
                    second
                        .client()
                        .postJson(
                            "/users/" + first.id() + "/deactivation",
                            object("reason", "race round"),
                            "If-Match",
                            firstTag)
                : () ->
                    second
                        .client()
                        .putJson(
                            "/users/" + first.id() + "/roles",
                            object("roles", List.of("analyst")),
                            "If-Match",
                            firstTag);
        Future<ApiClient.Answer> one;
        Future<ApiClient.Answer> other;
        try (Handle blocker = DATABASE.jdbi().open()) {
          blocker.begin();
          blocker
              .createQuery("SELECT id FROM app_user WHERE id IN (<ids>) FOR UPDATE")
              .bindList("ids", List.of(first.id(), second.id()))
              .mapTo(Long.class)
              .list();
          one = pool.submit(firstRemovesSecond);
          other = pool.submit(secondRemovesFirst);
          awaitBlockedBackends(2, Duration.ofSeconds(60));
          blocker.rollback();
        }
        ApiClient.Answer a = one.get(60, TimeUnit.SECONDS);
        ApiClient.Answer b = other.get(60, TimeUnit.SECONDS);
        assertThat(List.of(a.status(), b.status()))
            .as("round %d: %s / %s", round, a, b)
            .containsExactlyInAnyOrder(200, 409);
        ApiClient.Answer refused = a.status() == 409 ? a : b;
        assertThat(refused.body()).contains("last active admin");
        assertThat(activeAdmins()).as("round %d", round).isEqualTo(1);
        survivor = a.status() == 200 ? first : second;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void guessesAtTheCurrentPasswordAreThrottledAndAuditedLikeLogins() {
    StoredUser pat = users.create("pat", Role.ANALYST);
    ApiClient.Answer login =
        anonymous.postJson(
            "/auth/login", object("username", "pat", "password", TestUsers.PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    ApiClient session = anonymous.as(login.json().get("token").asText());
    // The username's count starts after its last success; this clock only moves when told.
    CLOCK.advance(Duration.ofSeconds(1));
    String newPassword = "another long passphrase 7";
    for (int i = 0; i < 5; i++) {
      ApiClient.Answer wrong =
          session.postJson(
              "/auth/password",
              object("currentPassword", "guess " + i, "newPassword", newPassword));
      assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
      assertThat(wrong.json().get("message").asText()).isEqualTo("currentPassword is wrong");
    }
    ApiClient.Answer throttled =
        session.postJson(
            "/auth/password",
            object("currentPassword", TestUsers.PASSWORD, "newPassword", newPassword));
    assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 15 * 60L);
    assertThat(throttled.json().get("message").asText()).contains("too many failed");
    assertThat(
            anonymous
                .postJson("/auth/login", object("username", "pat", "password", TestUsers.PASSWORD))
                .status())
        .as("the guesses count against logins too")
        .isEqualTo(429);

    List<String> audited =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT action || ' by ' || actor FROM audit_event
                             WHERE entity_type = 'login' AND entity_id = 'pat' ORDER BY seq""")
                        .mapTo(String.class)
                        .list());
    assertThat(audited)
        .containsExactly(
            "password-change-refused by user:pat",
            "password-change-refused by user:pat",
            "password-change-refused by user:pat",
            "password-change-refused by user:pat",
            "password-change-refused by user:pat",
            "password-change-throttled by user:pat",
            "login-throttled by anonymous");
    assertThat(failedAttempts("username = 'pat'")).isEqualTo(5);

    CLOCK.advance(Duration.ofSeconds(retryAfter + 1));
    assertThat(
            session
                .postJson(
                    "/auth/password",
                    object("currentPassword", TestUsers.PASSWORD, "newPassword", newPassword))
                .status())
        .isEqualTo(204);
    assertThat(
            anonymous
                .postJson("/auth/login", object("username", "pat", "password", newPassword))
                .status())
        .isEqualTo(200);
    assertThat(users.accounts().get(pat.id()).version()).isEqualTo(pat.version() + 1);
  }

  @Test
  void parallelWrongLoginsFromOneAddressStopAtTheAddressLimit() throws Exception {
    int parallel = 25;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < parallel; i++) {
        String username = "parallel-guess-" + i;
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return anonymous
                      .postJson(
                          "/auth/login", object("username", username, "password", "wrong guess"))
                      .status();
                }));
      }
      start.countDown();
      int unauthorized = 0;
      int throttled = 0;
      for (Future<Integer> status : statuses) {
        int code = status.get(120, TimeUnit.SECONDS);
        assertThat(code).isIn(401, 429);
        unauthorized += code == 401 ? 1 : 0;
        throttled += code == 429 ? 1 : 0;
      }
      assertThat(unauthorized).as("401s (the per-address limit is 20)").isEqualTo(20);
      assertThat(throttled).isEqualTo(parallel - 20);
    } finally {
      pool.shutdownNow();
    }
    assertThat(failedAttempts("username LIKE 'parallel-guess-%'")).isEqualTo(20);
  }

  private static long activeAdmins() {
    return DATABASE
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM app_user WHERE deactivated_at IS NULL AND 'admin' = ANY (roles)")
                    .mapTo(Long.class)
                    .one());
  }

  private static long failedAttempts(String condition) {
    return DATABASE
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM login_attempt WHERE NOT succeeded AND " + condition)
                    .mapTo(Long.class)
                    .one());
  }

  /** Polls PostgreSQL until {@code count} backends of this database wait on a lock. */
  private static void awaitBlockedBackends(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT count(*) FROM pg_stat_activity
                             WHERE datname = current_database()
                               AND cardinality(pg_blocking_pids(pid)) > 0""")
                        .mapTo(Long.class)
                        .one())
        < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(count + " backends did not wait within " + timeout);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }
}
