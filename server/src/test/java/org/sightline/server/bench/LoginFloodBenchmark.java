package org.sightline.server.bench;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestKeysets;
import org.sightline.server.testing.TestPostgis;

/**
 * A login flood from many addresses against the server started from
 * server/config-production.example.yml (pool of 16 connections), once with the server-wide login
 * gate opened wide (as before it existed) and once as configured: {@code attempts} wrong logins
 * from as many addresses (X-Forwarded-For), {@code threads} at a time, while one client reads a
 * page of facilities in a loop. Prints the logins' outcomes and the reads' latency (p50, p99, max)
 * and failures. Run by {@code scripts/bench-login-flood}; results in docs/OPERATIONS.md.
 */
public final class LoginFloodBenchmark {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private LoginFloodBenchmark() {}

  public static void main(String[] args) throws Exception {
    int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    System.out.printf(
        Locale.ROOT,
        "%d wrong logins from %d addresses, %d at a time; %d processors%n",
        attempts,
        attempts,
        threads,
        Runtime.getRuntime().availableProcessors());
    run(
        "gate open (as before)",
        attempts,
        threads,
        ConfigOverride.config("auth.maxConcurrentPasswordChecks", "1000"),
        ConfigOverride.config("auth.maxLoginsPerSecond", "100000"));
    run("gate as configured", attempts, threads);
    System.exit(0);
  }

  private static void run(String label, int attempts, int threads, ConfigOverride... overrides)
      throws Exception {
    TestDatabase database = TestPostgis.freshDatabase();
    Map<String, String> environment = new HashMap<>();
    environment.put("SIGHTLINE_DB_URL", database.jdbcUrl());
    environment.put("SIGHTLINE_DB_USER", database.appUser());
    environment.put("SIGHTLINE_DB_PASSWORD", database.appPassword());
    environment.put("SIGHTLINE_DB_OWNER", database.user());
    environment.put("SIGHTLINE_DB_OWNER_PASSWORD", database.password());
    environment.put("SIGHTLINE_PORT", "0");
    environment.put("SIGHTLINE_ADMIN_PORT", "0");
    environment.put("SIGHTLINE_LOG_LEVEL", "ERROR");
    environment.put("SIGHTLINE_EVIDENCE_DIR", SightlineAppFactory.evidenceDirectory(database));
    environment.put("SIGHTLINE_SEALING_KEYSET_FILE", TestKeysets.shared().toString());
    DropwizardAppExtension<SightlineConfiguration> app =
        SightlineAppFactory.on(
            database,
            Clock.systemUTC(),
            environment,
            Path.of("config-production.example.yml").toAbsolutePath().toString(),
            overrides);
    app.before();
    String base = "http://127.0.0.1:" + app.getLocalPort() + "/api";
    try {
      for (int i = 0; i < 5; i++) {
        get(base + "/collections/facilities/items?limit=10");
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> logins = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        String address = "10." + (i / 250) + "." + (i % 250) + ".1";
        logins.add(
            pool.submit(
                () -> {
                  start.await();
                  return post(base + "/auth/login", address);
                }));
      }
      List<Long> readNanos = new ArrayList<>();
      int readFailures = 0;
      long began = System.nanoTime();
      start.countDown();
      do {
        long t = System.nanoTime();
        int status = get(base + "/collections/facilities/items?limit=10");
        readNanos.add(System.nanoTime() - t);
        readFailures += status == 200 ? 0 : 1;
      } while (logins.stream().anyMatch(login -> !login.isDone()));
      double seconds = (System.nanoTime() - began) / 1e9;
      Map<Integer, Integer> outcomes = new HashMap<>();
      for (Future<Integer> login : logins) {
        outcomes.merge(login.get(), 1, Integer::sum);
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
      long[] sorted = readNanos.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "%-22s flood %.1f s; logins by status %s; reads %d, failed %d, p50 %.0f ms, p99 %.0f ms,"
              + " max %.0f ms%n",
          label,
          seconds,
          outcomes,
          sorted.length,
          readFailures,
          percentile(sorted, 0.50),
          percentile(sorted, 0.99),
          sorted[sorted.length - 1] / 1e6);
    } finally {
      app.after();
    }
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static int get(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static int post(String url, String address) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"nobody-" + address + "\", \"password\": \"a guess\"}"))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
