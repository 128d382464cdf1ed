package org.sightline.server.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.audit.AuditVerification;
import org.sightline.server.auth.AuthConfiguration;
import org.sightline.server.auth.IssuedToken;
import org.sightline.server.auth.PasswordHasher;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.StoredUser;
import org.sightline.server.auth.TokenAuthenticator;
import org.sightline.server.auth.TokenIssuer;
import org.sightline.server.auth.UserAccounts;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * Measures the cost of the security layer on a throwaway cluster: audited writes per second (one
 * event per transaction, 1 and 4 writers), chain verification speed, Argon2id password checks and
 * bearer token authentication. Prints medians of 5 rounds. Not a test: run with {@code
 * scripts/bench-audit}. Numbers depend on the machine; compare ratios.
 */
public final class AuditBenchmark {
  private static final int ROUNDS = 5;

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    TestDatabase database = TestPostgis.freshDatabase();
    // A connection pool, as the server has: a new connection per transaction would dominate.
    Jdbi app = database.pooledAppJdbi(8);
    AttributedTransactions writes = new AttributedTransactions(app);

    double[] roundTrip = new double[2000];
    for (int i = 0; i < roundTrip.length; i++) {
      long start = System.nanoTime();
      app.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      roundTrip[i] = (System.nanoTime() - start) / 1e3;
    }
    double[] warmTrips = Arrays.copyOfRange(roundTrip, 500, roundTrip.length);
    System.out.printf(
        "baseline SELECT 1       : median %.0f us, p99 %.0f us (pooled connection)%n",
        median(warmTrips), percentile(warmTrips, 0.99));
    double[] plainTx = new double[1000];
    for (int i = 0; i < plainTx.length; i++) {
      long start = System.nanoTime();
      writes.useTransaction(
          Actor.system("bench"), h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      plainTx[i] = (System.nanoTime() - start) / 1e3;
    }
    System.out.printf(
        "baseline attributed tx  : median %.0f us%n",
        median(Arrays.copyOfRange(plainTx, 200, plainTx.length)));

    double[] single = new double[ROUNDS];
    double[] four = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      single[round] = appendRate(writes, events, 1);
      four[round] = appendRate(writes, events, 4);
    }
    System.out.printf(
        "audited writes, 1 writer : median %,.0f events/s (%d per round)%n",
        median(single), events);
    System.out.printf(
        "audited writes, 4 writers: median %,.0f events/s (%d per round)%n", median(four), events);

    long total =
        database
            .jdbi()
            .withHandle(
                h -> h.createQuery("SELECT count(*) FROM audit_event").mapTo(Long.class).one());
    double[] verify = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      AuditVerification result = new AuditChainVerifier(app).verify();
      verify[round] = result.eventsChecked() / seconds(start);
      if (!result.intact()) {
        throw new IllegalStateException("chain broken: " + result.problem());
      }
    }
    System.out.printf(
        "chain verification      : median %,.0f events/s over %,d events%n", median(verify), total);

    PasswordHasher hasher = new PasswordHasher();
    String hash = hasher.hash("a benchmark passphrase");
    double[] check = new double[ROUNDS * 4];
    for (int i = 0; i < check.length; i++) {
      long start = System.nanoTime();
      hasher.matches("a benchmark passphrase", hash);
      check[i] = (System.nanoTime() - start) / 1e6;
    }
    System.out.printf("Argon2id password check : median %.1f ms%n", median(check));

    UserAccounts accounts = new UserAccounts(writes, hasher, Clock.systemUTC());
    StoredUser user =
        accounts.create(Actor.system("bench"), "bench-user", null, null, Set.of(Role.ANALYST));
    IssuedToken token =
        writes.inTransaction(
            Actor.system("bench"),
            h ->
                new TokenIssuer(Clock.systemUTC(), new AuthConfiguration())
                    .issueApi(h, user.id(), "bench", Duration.ofDays(1), "system:bench"));
    TokenAuthenticator authenticator = new TokenAuthenticator(app, Clock.systemUTC());
    double[] auth = new double[2000];
    for (int i = 0; i < auth.length; i++) {
      long start = System.nanoTime();
      if (authenticator.authenticate(token.token()).isEmpty()) {
        throw new IllegalStateException("the benchmark's token was refused");
      }
      auth[i] = (System.nanoTime() - start) / 1e3;
    }
    double[] warm = Arrays.copyOfRange(auth, 500, auth.length);
    System.out.printf(
        "bearer token check      : median %.0f us, p99 %.0f us (%d checks after warm-up)%n",
        median(warm), percentile(warm, 0.99), warm.length);
    System.exit(0);
  }

  private static double appendRate(AttributedTransactions writes, int events, int writers)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      futures.add(
          pool.submit(
              () -> {
                for (int i = writer; i < events; i += writers) {
                  int n = i;
                  writes.useTransaction(
                      new Actor("user:bench-" + writer),
                      h -> AuditLog.record(h, "read", "facility", "bench-" + n, Map.of("n", n)));
                }
              }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    return events / seconds(start);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double median(double[] values) {
    return percentile(values, 0.5);
  }

  private static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}
