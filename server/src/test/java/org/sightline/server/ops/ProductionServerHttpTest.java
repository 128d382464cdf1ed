package org.sightline.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.metrics.HealthCheckCollector;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.MutableClock;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestKeysets;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The server started from server/config-production.example.yml, its variables from an environment
 * as /etc/sightline/env gives them (a pool of 4 connections; ports chosen by the system): the admin
 * port's Prometheus metrics, and the global limit on logins under a flood from many addresses
 * (through X-Forwarded-For, which the example trusts from its proxy).
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class ProductionServerHttpTest {
  /** auth.maxLoginsPerSecond in the example: one second's worth is admitted at once. */
  private static final int LOGINS_PER_SECOND = 20;

  private static final int FLOOD = 60;

  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final MutableClock CLOCK = MutableClock.startingNow();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(
          DATABASE,
          CLOCK,
          environment(),
          Path.of(ProductionConfigurationTest.EXAMPLE).toAbsolutePath().toString(),
          ConfigOverride.config("auth.maxConcurrentPasswordChecks", "2"));

  private static ApiClient anonymous;
  private static ApiClient admin;
  private static TestUsers users;

  private static Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("SIGHTLINE_DB_URL", DATABASE.jdbcUrl());
    environment.put("SIGHTLINE_DB_USER", DATABASE.appUser());
    environment.put("SIGHTLINE_DB_PASSWORD", DATABASE.appPassword());
    environment.put("SIGHTLINE_DB_OWNER", DATABASE.user());
    environment.put("SIGHTLINE_DB_OWNER_PASSWORD", DATABASE.password());
    environment.put("SIGHTLINE_DB_POOL", "4");
    environment.put("SIGHTLINE_LOG_LEVEL", "WARN");
    environment.put("SIGHTLINE_PORT", "0");
    environment.put("SIGHTLINE_ADMIN_PORT", "0");
    environment.put("SIGHTLINE_EVIDENCE_DIR", SightlineAppFactory.evidenceDirectory(DATABASE));
    environment.put("SIGHTLINE_SEALING_KEYSET_FILE", TestKeysets.shared().toString());
    return environment;
  }

  @BeforeAll
  static void setUp() {
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    admin = new ApiClient("http://127.0.0.1:" + APP.getAdminPort(), null);
    users = new TestUsers(DATABASE, CLOCK);
  }

  /** Samples of a scrape: "name{labels}" to value. */
  private static Map<String, Double> scrape() {
    ApiClient.Answer answer = admin.get("/prometheus");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    Map<String, Double> samples = new HashMap<>();
    Pattern sample = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?) (\\S+)$");
    for (String line : answer.body().split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      Matcher parsed = sample.matcher(line);
      assertThat(parsed.matches()).as("a sample line: %s", line).isTrue();
      samples.put(parsed.group(1), Double.parseDouble(parsed.group(2)));
    }
    return samples;
  }

  @Test
  void theAdminPortServesTheMetricsInThePrometheusTextFormat() {
    String ok = "io_dropwizard_jetty_MutableServletContextHandler_2xx_responses_total";
    String notFound = "io_dropwizard_jetty_MutableServletContextHandler_4xx_responses_total";
    Map<String, Double> before = scrape();
    for (int i = 0; i < 3; i++) {
      assertThat(anonymous.get("/collections").status()).isEqualTo(200);
    }
    assertThat(anonymous.get("/collections/no-such-collection").status()).isEqualTo(404);
    Map<String, Double> after = scrape();

    assertThat(after.get(ok)).as("2xx answers counted").isGreaterThanOrEqualTo(before.get(ok) + 3);
    assertThat(after.get(notFound)).isGreaterThanOrEqualTo(before.get(notFound) + 1);
    assertThat(after)
        .containsKeys(
            "jvm_memory_heap_used",
            "jvm_threads_count",
            "io_dropwizard_db_ManagedPooledDataSource_postgresql_active",
            "io_dropwizard_db_ManagedPooledDataSource_postgresql_size",
            "org_sightline_server_auth_LoginGate_refused_total",
            "org_sightline_server_auth_LoginGate_checks_running")
        .containsKeys(
            "org_sightline_server_resources_features_OgcApiResource_collections_count",
            "org_sightline_server_resources_features_OgcApiResource_collections{quantile=\"0.99\",}");
    assertThat(
            after.get("org_sightline_server_resources_features_OgcApiResource_collections_count"))
        .as("the resource method's timer")
        .isGreaterThanOrEqualTo(3);
    for (String check : List.of("postgis", "append-only", "sealing", "postgresql", "deadlocks")) {
      assertThat(after.get(HealthCheckCollector.NAME + "{name=\"" + check + "\",}"))
          .as("health check %s", check)
          .isEqualTo(1.0);
    }
    assertThat(after.get("io_dropwizard_db_ManagedPooledDataSource_postgresql_size"))
        .isLessThanOrEqualTo(4);
    assertThat(after.get("sightline_disk_evidence_usable_bytes"))
        .isPositive()
        .isLessThanOrEqualTo(after.get("sightline_disk_evidence_total_bytes"));

    // Not on the application port: the metrics are for the operator, not the public.
    assertThat(
            new ApiClient("http://127.0.0.1:" + APP.getLocalPort(), null)
                .get("/prometheus")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aLoginFloodFromManyAddressesIsRefusedBeforeTheDatabaseAndReadsGoOn() throws Exception {
    String username = "flood-target";
    users.create(username, Role.ANALYST);
    users.create("bystander", Role.ANALYST);
    // A full second's worth of logins, and no earlier attempt still counted.
    CLOCK.advance(Duration.ofMinutes(1));
    long attemptsBefore = loginAttemptRows();

    ExecutorService threads = Executors.newFixedThreadPool(FLOOD);
    List<ApiClient.Answer> answers = new ArrayList<>();
    List<ApiClient.Answer> reads = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiClient.Answer>> logins = new ArrayList<>();
      for (int i = 0; i < FLOOD; i++) {
        String address = "198.51.100." + (i + 1);
        logins.add(
            threads.submit(
                () -> {
                  start.await();
                  return anonymous.postJson(
                      "/auth/login",
                      Map.of("username", username, "password", "a wrong guess " + address),
                      "X-Forwarded-For",
                      address);
                }));
      }
      start.countDown();
      // Reads go on during the flood: the pool is not tied up by password checks.
      do {
        reads.add(anonymous.get("/collections/facilities/items?limit=1"));
      } while (logins.stream().anyMatch(login -> !login.isDone()));
      for (Future<ApiClient.Answer> login : logins) {
        answers.add(login.get());
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(reads).isNotEmpty().allSatisfy(read -> assertThat(read.status()).isEqualTo(200));
    // Three outcomes: the gate refuses (busy, before the database), or it admits the check and the
    // password is wrong (401), or it admits it and the per-username throttle has locked the target
    // (the admitted guesses themselves may have locked it: 5 failures per username).
    List<ApiClient.Answer> busy =
        answers.stream()
            .filter(answer -> answer.status() == 429 && "1".equals(answer.header("Retry-After")))
            .toList();
    List<ApiClient.Answer> locked =
        answers.stream()
            .filter(answer -> answer.status() == 429 && !"1".equals(answer.header("Retry-After")))
            .toList();
    List<ApiClient.Answer> checked =
        answers.stream().filter(answer -> answer.status() == 401).toList();
    assertThat(busy.size() + locked.size() + checked.size())
        .as("every login is refused, locked or checked: %s", answers)
        .isEqualTo(FLOOD);
    assertThat(busy)
        .as("at most one second's worth is admitted while the clock stands")
        .hasSizeGreaterThanOrEqualTo(FLOOD - LOGINS_PER_SECOND)
        .allSatisfy(
            answer ->
                assertThat(answer.json().path("message").asText())
                    .isEqualTo("the server is checking too many logins at once; try again in 1 s"));
    assertThat(locked)
        .allSatisfy(
            answer ->
                assertThat(answer.json().path("message").asText())
                    .startsWith("too many failed logins; try again in "));
    assertThat(loginAttemptRows() - attemptsBefore)
        .as("a refused login reads and records nothing: only checked ones are attempts")
        .isEqualTo(checked.size());

    // Once the flood has passed, a user logs in (from an address that did not guess). Not the
    // flood's target: the logins admitted may have locked it (5 failures per username).
    CLOCK.advance(Duration.ofSeconds(2));
    ApiClient.Answer login =
        anonymous.postJson(
            "/auth/login", Map.of("username", "bystander", "password", TestUsers.PASSWORD));
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(login.json().path("token").asText()).startsWith("slt_");
  }

  private static long loginAttemptRows() {
    return DATABASE
        .jdbi()
        .withHandle(
            handle ->
                handle.createQuery("SELECT count(*) FROM login_attempt").mapTo(Long.class).one());
  }
}
