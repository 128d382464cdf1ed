package org.sightline.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * PostgreSQL killed under load ({@code kill -9} of the server process, as the OOM killer would),
 * then started again, with the server left running: while it is down, the health check says so and
 * every request is answered at once with a 503 and {@code Retry-After} (never a 500, never a 401
 * for a valid token, never a hang); the cluster's next start recovers it from its write-ahead log;
 * the server then serves again without a restart and with no error, and nothing written before the
 * kill is lost. On a cluster of its own (durable: fsync on), so the shared test cluster is left
 * alone.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DatabaseOutageTest {
  private static final TestPostgis.OwnCluster OWN = TestPostgis.ownCluster();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(OWN.database());

  /** The read paths the load goes over: public, and one with a bearer token. */
  private static final List<String> READS =
      List.of(
          "/collections/facilities/items?limit=5", "/facilities?q=yodok", "/stac/search?limit=5");

  @AfterAll
  static void stopOwnCluster() {
    OWN.cluster().stopIfStartedHere();
  }

  @Test
  void aKilledDatabaseIsReportedAndRefusedFastAndTheServerRecoversWithoutARestart()
      throws Exception {
    TestUsers users = new TestUsers(OWN.database(), Clock.systemUTC());
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    ApiClient analyst = anonymous.as(users.tokenFor("outage-analyst", Role.ANALYST));
    ApiClient admin = new ApiClient("http://127.0.0.1:" + APP.getAdminPort(), null);
    int facilitiesBefore =
        anonymous.get("/collections/facilities/items?limit=1").json().get("numberMatched").asInt();
    assertThat(facilitiesBefore).isPositive();
    assertThat(admin.get("/healthcheck").status()).isEqualTo(200);

    // Load: four clients reading without pause through the whole outage.
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicBoolean loading = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(4);
    List<Future<?>> clients = new ArrayList<>();
    for (int client = 0; client < 4; client++) {
      ApiClient caller = client % 2 == 0 ? anonymous : analyst;
      int first = client;
      clients.add(
          load.submit(
              () -> {
                for (int i = first; loading.get(); i++) {
                  int status = caller.get(READS.get(i % READS.size())).status();
                  statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
              }));
    }

    // kill -9: no shutdown, no checkpoint.
    ProcessHandle postmaster = ProcessHandle.of(OWN.postmasterPid()).orElseThrow();
    assertThat(postmaster.destroyForcibly()).isTrue();

    // While it is down: the health check fails, and each request is refused at once with a 503.
    awaitStatus(admin, "/healthcheck", 500);
    assertThat(admin.get("/healthcheck").body()).contains("postgresql");
    for (String read : READS) {
      ApiClient.Answer refused = analyst.get(read);
      assertThat(refused.status()).as(read).isEqualTo(503);
      assertThat(refused.header("Retry-After")).isEqualTo("5");
      assertThat(refused.json().get("message").asText()).contains("database is unavailable");
    }
    ApiClient.Answer login =
        anonymous.postJson(
            "/auth/login",
            ApiClient.object("username", "outage-analyst", "password", TestUsers.PASSWORD));
    assertThat(login.status()).isEqualTo(503);

    // The next start recovers the killed cluster; the server's pool reconnects by itself.
    OWN.startAgain();
    awaitStatus(admin, "/healthcheck", 200);
    loading.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    for (Future<?> client : clients) {
      client.get(); // a client that failed (not a status: an exception) fails the test here
    }
    assertThat(statuses.keySet())
        .as("every answer under load was a success or a fast 503: %s", statuses)
        .containsAnyOf(200)
        .isSubsetOf(200, 503);

    List<Integer> after = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      after.add((i % 2 == 0 ? anonymous : analyst).get(READS.get(i % READS.size())).status());
    }
    assertThat(after).as("no error once it is back").containsOnly(200);
    assertThat(
            anonymous
                .get("/collections/facilities/items?limit=1")
                .json()
                .get("numberMatched")
                .asInt())
        .isEqualTo(facilitiesBefore);
  }

  /** Polls (at most 60 s) until the path answers with the status. */
  private static void awaitStatus(ApiClient client, String path, int status)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      last = client.get(path).status();
      if (last == status) {
        return;
      }
      Thread.sleep(200);
    }
    assertThat(last).as(path + " within 60 s").isEqualTo(status);
  }
}
