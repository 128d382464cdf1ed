package org.sightline.server.bench;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.map.MapLayers;
import org.sightline.server.map.MapQuery;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;
import org.sightline.server.visibility.Visibility;

/**
 * The map layers at scale: the whole application on a throwaway PostGIS with the sample data plus
 * {@link MapScaleData} (100,000 footprints, 50,000 corroborated events, 20,000 change events),
 * timing each endpoint over real HTTP (median of 5 after one warm-up; milliseconds and response
 * bytes) for (a) the peninsula at zoom 7 over all time, (b) the peninsula over 2023, (c) one
 * facility at zoom 14. Run by {@code scripts/bench-map-layers}; with {@code --serve [port]} it then
 * keeps the application running on that port (default 8080) for the browser benchmark, printing the
 * URL and an analyst's and an admin's password.
 */
public final class MapLayersBenchmark {
  private static final String PENINSULA = "bbox=124.3,37.7,130.7,43.0&zoom=7";
  private static final String YEAR = "&from=2023-01-01&to=2023-12-31";
  private static final int RUNS = 5;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private MapLayersBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean serve = args.length > 0 && args[0].equals("--serve");
    boolean explain = args.length > 0 && args[0].equals("--explain");
    int port = serve && args.length > 1 ? Integer.parseInt(args[1]) : 0;
    TestDatabase database = TestPostgis.freshDatabase();
    DropwizardAppExtension<SightlineConfiguration> app =
        SightlineAppFactory.on(
            database,
            ConfigOverride.config("server.applicationConnectors[0].port", String.valueOf(port)),
            ConfigOverride.config("server.applicationConnectors[0].bindHost", "127.0.0.1"));
    app.before();
    long started = System.nanoTime();
    MapScaleData.seed(database.jdbi());
    System.out.printf(
        Locale.ROOT,
        "seeded %s in %.1f s%n",
        MapScaleData.DEFAULT,
        (System.nanoTime() - started) / 1e9);
    TestUsers users = new TestUsers(database, Clock.systemUTC());
    users.create("bench-analyst", Role.ANALYST);
    users.create("bench-admin", Role.ADMIN);
    String token = users.tokenFor("bench-token", Role.ANALYST);
    String base = "http://127.0.0.1:" + app.getLocalPort() + "/api";
    String facility = facilityView(database);
    List<String[]> cases = new ArrayList<>();
    for (String layer : List.of("footprints", "change-events", "events")) {
      cases.add(
          new String[] {layer, "(a) peninsula z7 all time", "/map/" + layer + "?" + PENINSULA});
      cases.add(
          new String[] {layer, "(b) peninsula z7 2023", "/map/" + layer + "?" + PENINSULA + YEAR});
      cases.add(
          new String[] {
            layer, "(c) one facility z14 all time", "/map/" + layer + "?" + facility + "&zoom=14"
          });
    }
    for (String layer : List.of("footprints", "change-events", "events")) {
      cases.add(
          new String[] {
            "histogram " + layer,
            "(a) peninsula all time, 100 bins",
            "/map/histogram?layer=" + layer + "&bbox=124.3,37.7,130.7,43.0"
          });
    }
    cases.add(new String[] {"time-span", "all layers (staff)", "/map/time-span"});
    System.out.printf(
        Locale.ROOT,
        "%-26s %-32s %9s %11s %-7s %9s%n",
        "endpoint",
        "view",
        "median ms",
        "bytes",
        "mode",
        "features");
    for (String[] c : cases) {
      get(base + c[2], token);
      long[] times = new long[RUNS];
      String body = "";
      for (int i = 0; i < RUNS; i++) {
        long t0 = System.nanoTime();
        body = get(base + c[2], token);
        times[i] = System.nanoTime() - t0;
      }
      Arrays.sort(times);
      System.out.printf(
          Locale.ROOT,
          "%-26s %-32s %9.1f %11d %-7s %9s%n",
          c[0],
          c[1],
          times[RUNS / 2] / 1e6,
          body.getBytes(StandardCharsets.UTF_8).length,
          field(body, "mode"),
          count(body));
    }
    if (explain) {
      MapLayers layers = new MapLayers(database.appJdbi(), Clock.systemUTC());
      List<MapQuery> views =
          List.of(
              MapQuery.parse("124.3,37.7,130.7,43.0", null, null, "7"),
              MapQuery.parse("124.3,37.7,130.7,43.0", "2023-01-01", "2023-12-31", "7"));
      for (String layer : List.of("footprints", "change-events", "events")) {
        for (MapQuery view : views) {
          System.out.println("== " + layer + " " + view);
          System.out.println(layers.explain(layer, view, Visibility.STAFF));
        }
      }
    }
    if (serve) {
      System.out.println();
      System.out.println("serving the seeded database at " + base.replace("/api", "/"));
      System.out.println("  analyst: bench-analyst / " + TestUsers.PASSWORD);
      System.out.println("  admin:   bench-admin / " + TestUsers.PASSWORD);
      System.out.println("  bearer token (analyst): " + token);
      System.out.println("Ctrl-C to stop.");
      Thread.currentThread().join();
    }
    app.after();
    System.exit(0);
  }

  /** A zoom-14-sized view (about 1,300 x 800 px) around Camp 15, or the first facility. */
  private static String facilityView(TestDatabase database) {
    double[] at =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT ST_X(ST_PointOnSurface(location)) AS x, ST_Y(ST_PointOnSurface(location)) AS y"
                                + " FROM facility ORDER BY id <> 'kwanliso-15-yodok', id LIMIT 1")
                        .map((rs, ctx) -> new double[] {rs.getDouble("x"), rs.getDouble("y")})
                        .one());
    return String.format(
        Locale.ROOT,
        "bbox=%.5f,%.5f,%.5f,%.5f",
        at[0] - 0.05,
        at[1] - 0.025,
        at[0] + 0.05,
        at[1] + 0.025);
  }

  private static String get(String url, String token) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private static String field(String json, String name) {
    int at = json.indexOf("\"" + name + "\":\"");
    if (at < 0) {
      return "-";
    }
    int start = at + name.length() + 4;
    return json.substring(start, json.indexOf('"', start));
  }

  private static String count(String json) {
    int at = json.indexOf("\"features\":[");
    if (at < 0) {
      return "-";
    }
    int n = 0;
    int i = at;
    while ((i = json.indexOf("{\"type\":\"Feature\"", i + 1)) > 0) {
      n++;
    }
    return String.valueOf(n);
  }
}
