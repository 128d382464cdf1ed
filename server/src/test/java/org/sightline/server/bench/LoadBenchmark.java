package org.sightline.server.bench;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.audit.Actor;
import org.sightline.server.auth.Role;
import org.sightline.server.catalogue.IngestReport;
import org.sightline.server.catalogue.SceneIngest;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.db.DatabaseMigrator;
import org.sightline.server.db.embedded.ClusterUser;
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.db.embedded.PostgisRoles;
import org.sightline.server.db.embedded.PostgresBinaries;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The application under load (scripts/bench-load): a durable PostGIS cluster of its own in {@code
 * stateDir/cluster} on {@code pgPort}, seeded once with the sample data, {@code scenes} generated
 * imagery Items ingested as the server ingests them ({@link BenchItems#file}, {@link SceneIngest})
 * and {@link MapScaleData} (100,000 more footprints, 50,000 events, 20,000 change events); a marker
 * file keeps the seeded cluster for the next run. Then serves the application on {@code appPort}
 * (admin {@code adminPort}), writes for the script {@code run.env} (URLs, an analyst's bearer
 * token, the postmaster's pid file) and one request list per endpoint in {@code requests/} (varied
 * views and facilities, so the cache is not trivially hot), and waits.
 *
 * <p>The restart scenario kills PostgreSQL from the script; a file {@code control} holding {@code
 * start-postgres} makes this process start the cluster again (as the server's next start would),
 * after which it writes {@code control.done}. Stops (application, then cluster) when killed.
 *
 * <p>Usage: {@code LoadBenchmark stateDir appPort adminPort pgPort scenes poolSize}.
 */
public final class LoadBenchmark {
  private static final String DATABASE = "load";
  private static final int VARIANTS = 256;
  private static final String PENINSULA = "124.3,37.7,130.7,43.0";

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: LoadBenchmark stateDir appPort adminPort pgPort scenes poolSize");
      System.exit(2);
    }
    Path state = Path.of(args[0]).toAbsolutePath();
    int appPort = Integer.parseInt(args[1]);
    int adminPort = Integer.parseInt(args[2]);
    int pgPort = Integer.parseInt(args[3]);
    int scenes = Integer.parseInt(args[4]);
    int pool = Integer.parseInt(args[5]);
    Files.createDirectories(state);
    Path base = state.resolve("cluster");
    PostgisCluster cluster = newCluster(base, pgPort);
    cluster.start();
    AtomicReference<PostgisCluster> running = new AtomicReference<>(cluster);
    Path marker = state.resolve("seeded-" + scenes);
    boolean seeded = Files.exists(marker);
    if (!seeded) {
      try (Connection c = cluster.connect("postgres");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      }
      cluster.createDatabase(DATABASE, null);
      DatabaseMigrator.migrate(
          cluster.jdbcUrl(DATABASE), PostgisCluster.SUPERUSER, cluster.password());
    }
    String appPassword = cluster.ensureLoginRole(TestPostgis.APP_LOGIN, PostgisRoles.APP_GROUP);
    TestDatabase database =
        new TestDatabase(
            DATABASE,
            cluster.jdbcUrl(DATABASE),
            PostgisCluster.SUPERUSER,
            cluster.password(),
            TestPostgis.APP_LOGIN,
            appPassword);
    DropwizardAppExtension<SightlineConfiguration> app =
        SightlineAppFactory.on(
            database,
            ConfigOverride.config("server.applicationConnectors[0].port", String.valueOf(appPort)),
            ConfigOverride.config("server.adminConnectors[0].port", String.valueOf(adminPort)),
            // As config.yml: the pool's size, and how long a request waits for a connection.
            ConfigOverride.config("database.maxSize", String.valueOf(pool)),
            ConfigOverride.config("database.maxWaitForConnection", "2s"),
            ConfigOverride.config(
                "database.validationQuery", "/* Sightline health check */ SELECT 1"));
    app.before();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.after();
                  running.get().stop();
                },
                "load-shutdown"));
    if (!seeded) {
      seed(database, scenes);
      Files.writeString(marker, "seeded\n");
    }
    String token =
        new TestUsers(database, Clock.systemUTC())
            .tokenFor("load-" + System.currentTimeMillis(), Role.ANALYST);
    writeRequests(state.resolve("requests"), database.jdbi());
    Map<String, String> env = new LinkedHashMap<>();
    env.put("LOAD_BASE", "http://127.0.0.1:" + app.getLocalPort());
    env.put("LOAD_ADMIN", "http://127.0.0.1:" + app.getAdminPort());
    env.put("LOAD_TOKEN", token);
    env.put("LOAD_PGDATA", cluster.dataDirectory().toString());
    env.put("LOAD_PG_PORT", String.valueOf(pgPort));
    long sceneCount =
        database
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT count(*) FROM scene").mapTo(Long.class).one());
    env.put("LOAD_SCENES", Long.toString(sceneCount));
    StringBuilder text = new StringBuilder();
    env.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Files.writeString(state.resolve("run.env.tmp"), text);
    Files.move(
        state.resolve("run.env.tmp"), state.resolve("run.env"), StandardCopyOption.ATOMIC_MOVE);
    System.out.println("load: serving on " + env.get("LOAD_BASE"));
    Path control = state.resolve("control");
    while (true) {
      if (Files.exists(control)) {
        String wanted = Files.readString(control).strip();
        Files.delete(control);
        if (wanted.equals("start-postgres")) {
          long t0 = System.nanoTime();
          PostgisCluster again = newCluster(base, pgPort);
          again.start();
          running.set(again);
          System.out.printf(
              Locale.ROOT,
              "load: PostgreSQL started again in %.1f s%n",
              (System.nanoTime() - t0) / 1e9);
          Files.writeString(state.resolve("control.done"), wanted + "\n");
        }
      }
      Thread.sleep(100);
    }
  }

  private static PostgisCluster newCluster(Path base, int port) {
    return new PostgisCluster(
        base,
        port,
        true,
        PostgresBinaries.locate(null),
        ClusterUser.forCurrentProcess(System.getenv("SIGHTLINE_DB_OS_USER")));
  }

  /** The imagery Items through the server's ingest, then the map-scale data, then statistics. */
  private static void seed(TestDatabase database, int scenes) throws Exception {
    long t0 = System.nanoTime();
    Path file = BenchItems.file(scenes);
    System.out.printf(
        Locale.ROOT,
        "load: generated %,d items in %.1f s%n",
        scenes,
        (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    Jdbi jdbi = database.pooledAppJdbi(4);
    SceneIngest ingest =
        new SceneIngest(
            new SceneStore(jdbi, Clock.systemUTC()),
            Actor.system("bench"),
            null,
            SceneIngest.Progress.NONE);
    ingest.ingest(file);
    IngestReport report = ingest.finish();
    Files.deleteIfExists(file);
    System.out.printf(
        Locale.ROOT,
        "load: ingested %,d items in %.1f s%n",
        report.read(),
        (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    MapScaleData.seed(database.jdbi());
    System.out.printf(
        Locale.ROOT,
        "load: seeded %s and analysed in %.1f s%n",
        MapScaleData.DEFAULT,
        (System.nanoTime() - t0) / 1e9);
  }

  /** A facility's id and a point on it. */
  private record Facility(String id, double lon, double lat) {}

  /**
   * One file per endpoint, {@value #VARIANTS} requests each, one per line: {@code METHOD path
   * [body]}; the wrk script (scripts/load/rotate.lua) rotates over them.
   */
  private static void writeRequests(Path dir, Jdbi jdbi) throws Exception {
    Files.createDirectories(dir);
    List<Facility> facilities =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id, ST_X(ST_PointOnSurface(location)) AS x,"
                            + " ST_Y(ST_PointOnSurface(location)) AS y FROM facility"
                            + " WHERE deleted_at IS NULL AND location IS NOT NULL ORDER BY id")
                    .map(
                        (rs, ctx) ->
                            new Facility(rs.getString("id"), rs.getDouble("x"), rs.getDouble("y")))
                    .list());
    Random random = new Random(16);
    Map<String, List<String>> endpoints = new LinkedHashMap<>();
    for (int i = 0; i < VARIANTS; i++) {
      Facility f = facilities.get(random.nextInt(facilities.size()));
      String id = f.id();
      double lon = 124.0 + random.nextDouble() * 6.5;
      double lat = 37.0 + random.nextDouble() * 5.5;
      int year = 2015 + random.nextInt(10);
      String yearSpan = year + "-01-01T00:00:00Z/" + year + "-12-31T23:59:59Z";
      String halfDegree = box(lon, lat, lon + 0.5, lat + 0.5);
      LocalDate day = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(8 * 365));
      String from3 = day.minusYears(3).toString();
      double d = 0.05 + random.nextDouble() * 0.95;
      add(
          endpoints,
          "ogc-facilities",
          "GET /api/collections/facilities/items?limit=100&bbox="
              + (i % 4 == 0 ? PENINSULA : box(f.lon() - d, f.lat() - d, f.lon() + d, f.lat() + d)));
      add(
          endpoints,
          "stac-items",
          "GET /api/stac/collections/bench-naip/items?limit=100&bbox="
              + halfDegree
              + "&datetime="
              + yearSpan);
      for (int limit : new int[] {100, 10}) {
        add(
            endpoints,
            "stac-search-get-" + limit,
            "GET /api/stac/search?bbox="
                + halfDegree
                + "&datetime="
                + yearSpan
                + "&limit="
                + limit);
        add(
            endpoints,
            "stac-search-post-" + limit,
            "POST /api/stac/search {\"bbox\":["
                + halfDegree
                + "],\"datetime\":\""
                + yearSpan
                + "\",\"limit\":"
                + limit
                + "}");
      }
      String view = mapView(i, f, random);
      for (String layer : List.of("footprints", "events", "change-events")) {
        add(endpoints, "map-" + layer, "GET /api/map/" + layer + "?" + view);
      }
      add(
          endpoints,
          "map-histogram",
          "GET /api/map/histogram?layer=footprints&bins=100&bbox="
              + box(lon, lat, lon + 1.4, lat + 0.7)
              + "&from=2015-01-01&to=2026-12-31");
      add(endpoints, "panel-facility", "GET /api/facilities/" + id);
      add(endpoints, "panel-boundaries", "GET /api/facilities/" + id + "/boundaries");
      add(
          endpoints,
          "panel-revisits",
          "GET /api/facilities/" + id + "/revisits?gaps=10&from=" + from3 + "&to=" + day);
      add(
          endpoints,
          "panel-coverage",
          "GET /api/facilities/" + id + "/coverage?from=" + from3 + "&to=" + day);
      add(endpoints, "panel-structure-series", "GET /api/facilities/" + id + "/structure-series");
      add(endpoints, "panel-events", "GET /api/collections/events/items?limit=1000&facility=" + id);
      add(
          endpoints,
          "panel-scenes",
          "GET /api/stac/search?bbox="
              + box(f.lon() - 0.01, f.lat() - 0.01, f.lon() + 0.01, f.lat() + 0.01)
              + "&datetime="
              + from3
              + "T00:00:00Z/"
              + day
              + "T23:59:59Z&limit=100&sortby=-datetime");
    }
    for (Map.Entry<String, List<String>> e : endpoints.entrySet()) {
      Files.write(dir.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The map's views in turn: the peninsula at zoom 7 (all time or one year), a zoom-10 view
   * somewhere, a zoom-14 view on a facility over a year.
   */
  private static String mapView(int i, Facility f, Random random) {
    int year = 2015 + random.nextInt(11);
    String period = "&from=" + year + "-01-01&to=" + year + "-12-31";
    double lon = 124.3 + random.nextDouble() * 5.0;
    double lat = 37.7 + random.nextDouble() * 4.5;
    return switch (i % 4) {
      case 0 -> "bbox=" + PENINSULA + "&zoom=7";
      case 1 -> "bbox=" + PENINSULA + "&zoom=7" + period;
      case 2 -> "bbox=" + box(lon, lat, lon + 1.4, lat + 0.7) + "&zoom=10" + period;
      default ->
          "bbox="
              + box(f.lon() - 0.05, f.lat() - 0.025, f.lon() + 0.05, f.lat() + 0.025)
              + "&zoom=14";
    };
  }

  private static String box(double w, double s, double e, double n) {
    return String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", w, s, e, n);
  }

  private static void add(Map<String, List<String>> endpoints, String name, String request) {
    endpoints.computeIfAbsent(name, k -> new ArrayList<>()).add(request);
  }
}
