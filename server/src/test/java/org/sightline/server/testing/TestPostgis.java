package org.sightline.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sightline.server.db.DatabaseMigrator;
import org.sightline.server.db.embedded.ClusterUser;
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.db.embedded.PostgisRoles;
import org.sightline.server.db.embedded.PostgresBinaries;

/**
 * One throwaway PostgreSQL + PostGIS cluster per test JVM, started with the same {@link
 * PostgisCluster} the server uses, in a temporary directory on a free port, non-durable (fsync off)
 * for speed, unless the system property {@value #DURABLE_PROPERTY} is {@code true} (benchmarks
 * measuring the durable configuration the server runs with). A template database is migrated once;
 * every test class gets a fresh copy of it ({@code CREATE DATABASE ... TEMPLATE}), which takes
 * milliseconds.
 *
 * <p>The cluster is stopped and its directory deleted when the JVM exits. Thread-safe.
 */
public final class TestPostgis {
  private static final String TEMPLATE = "sightline_template";

  /**
   * Set to {@code true} for a cluster configured as the server's (fsync and synchronous commit on).
   */
  public static final String DURABLE_PROPERTY = "sightline.test.durableCluster";

  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** The LOGIN role tests connect as when they act as the server (member of sightline_app). */
  public static final String APP_LOGIN = "sightline_test_app";

  private static PostgisCluster cluster;
  private static String appPassword;

  private TestPostgis() {}

  /** The shared cluster, started on first use. */
  public static synchronized PostgisCluster cluster() {
    if (cluster == null) {
      cluster = startCluster();
    }
    return cluster;
  }

  /** A new, fully migrated database of its own. */
  public static TestDatabase freshDatabase() {
    PostgisCluster shared = cluster();
    String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    synchronized (TestPostgis.class) {
      shared.createDatabase(name, TEMPLATE);
    }
    return new TestDatabase(
        name,
        shared.jdbcUrl(name),
        PostgisCluster.SUPERUSER,
        shared.password(),
        APP_LOGIN,
        appPassword);
  }

  /** A new, empty database (no extensions, no migrations): for restoring a dump into. */
  public static TestDatabase emptyDatabase() {
    PostgisCluster shared = cluster();
    String name = "empty_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    synchronized (TestPostgis.class) {
      shared.createDatabase(name, null);
    }
    return new TestDatabase(
        name,
        shared.jdbcUrl(name),
        PostgisCluster.SUPERUSER,
        shared.password(),
        APP_LOGIN,
        appPassword);
  }

  private static PostgisCluster startCluster() {
    PostgisCluster shared =
        startCluster(Boolean.getBoolean(DURABLE_PROPERTY), "sightline-test-postgis-");
    appPassword = shared.ensureLoginRole(APP_LOGIN, PostgisRoles.APP_GROUP);
    return shared;
  }

  /**
   * A cluster of its own (the shared one is left alone), durable, with one migrated database, for
   * tests that kill or restart PostgreSQL. Stopped and deleted when the JVM exits.
   */
  public static OwnCluster ownCluster() {
    PostgisCluster started = startCluster(true, "sightline-test-own-postgis-");
    String name = "own_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    started.createDatabase(name, TEMPLATE);
    String ownAppPassword = started.ensureLoginRole(APP_LOGIN, PostgisRoles.APP_GROUP);
    return new OwnCluster(
        started,
        new TestDatabase(
            name,
            started.jdbcUrl(name),
            PostgisCluster.SUPERUSER,
            started.password(),
            APP_LOGIN,
            ownAppPassword));
  }

  /** A cluster started by {@link #ownCluster()} and its database. */
  public record OwnCluster(PostgisCluster cluster, TestDatabase database) {
    /**
     * Starts PostgreSQL again on the same directory and port, as the server's next start would
     * (after a clean stop or an unclean death).
     */
    public PostgisCluster startAgain() {
      PostgisCluster again =
          new PostgisCluster(
              cluster.dataDirectory().getParent(),
              cluster.port(),
              true,
              cluster.binaries(),
              ClusterUser.forCurrentProcess(System.getenv("SIGHTLINE_DB_OS_USER")));
      again.start();
      return again;
    }

    /** The running server's process id, from its lock file. */
    public long postmasterPid() {
      try {
        return Long.parseLong(
            Files.readAllLines(cluster.dataDirectory().resolve("postmaster.pid")).get(0).strip());
      } catch (IOException e) {
        throw new IllegalStateException("no postmaster.pid: is the cluster running?", e);
      }
    }
  }

  private static PostgisCluster startCluster(boolean durable, String prefix) {
    Path base;
    try {
      // java.io.tmpdir (normally /tmp) is reachable by the unprivileged cluster user when tests run
      // as root.
      base = Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot create a temporary directory for the test cluster", e);
    }
    PostgisCluster started =
        new PostgisCluster(
            base,
            PostgisCluster.freePort(),
            durable,
            PostgresBinaries.locate(null),
            ClusterUser.forCurrentProcess(System.getenv("SIGHTLINE_DB_OS_USER")));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  started.stop();
                  deleteRecursively(base);
                },
                "test-postgis-shutdown"));
    started.start();
    started.createDatabase(TEMPLATE, null);
    DatabaseMigrator.migrate(
        started.jdbcUrl(TEMPLATE), PostgisCluster.SUPERUSER, started.password());
    return started;
  }

  static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a leftover temporary directory is harmless
    }
  }
}
