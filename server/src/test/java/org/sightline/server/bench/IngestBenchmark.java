package org.sightline.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.api.stac.StacItemLinks;
import org.sightline.server.api.stac.StacUrls;
import org.sightline.server.audit.Actor;
import org.sightline.server.catalogue.IngestReport;
import org.sightline.server.catalogue.SceneCatalogue;
import org.sightline.server.catalogue.SceneDao;
import org.sightline.server.catalogue.SceneIngest;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.catalogue.StacSearch;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * Imagery catalogue benchmark on a throwaway cluster: generates N realistic Items (a real 3 KB NAIP
 * Item cloned with new ids, dates over 2015-2025 and footprints in lon 124-131, lat 37-43), ingests
 * them (inserts), ingests them again (all unchanged), then times 500 searches with a 0.5-degree
 * bbox, a one-year interval, limit 100 and full Items (server-side time: the query and reading the
 * stored JSON). Usage: {@code IngestBenchmark [count]}; see scripts/bench-ingest. With {@code
 * -Dsightline.test.durableCluster=true} the cluster is durable (fsync and synchronous commit on, as
 * the server runs), else fsync is off. The heap is sampled during each pass ({@link HeapWatch}).
 */
public final class IngestBenchmark {
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path file = generate(count);
    System.out.printf(
        "generated %,d items, %,d bytes each on average%n", count, Files.size(file) / count);
    TestDatabase database = TestPostgis.freshDatabase();
    System.out.printf(
        "cluster: %s; heap limit %,d MB; %d cores%n",
        Boolean.getBoolean(TestPostgis.DURABLE_PROPERTY)
            ? "durable (fsync on, synchronous commit on)"
            : "throwaway (fsync off)",
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        Runtime.getRuntime().availableProcessors());
    // A connection pool, as the server has: a new connection per transaction would dominate.
    Jdbi jdbi = database.pooledAppJdbi(8);
    for (String pass : new String[] {"ingest (inserts)", "re-ingest (unchanged)"}) {
      System.gc();
      HeapWatch heap = new HeapWatch();
      int lanes =
          Integer.getInteger(
              "sightline.bench.lanes", Math.min(2, Runtime.getRuntime().availableProcessors()));
      SceneIngest ingest =
          new SceneIngest(
              new SceneStore(jdbi, Clock.systemUTC()),
              Actor.system("bench"),
              null,
              SceneIngest.Progress.NONE,
              lanes);
      ingest.ingest(file);
      IngestReport report = ingest.finish();
      heap.close();
      System.out.printf(
          "%-22s %,d items in %.1f s: %,.0f items/s (%s)%n",
          pass, report.read(), report.seconds(), report.itemsPerSecond(), heap.summary());
    }
    // As a settled catalogue is searched: statistics and the visibility map up to date, so that
    // autovacuum catching up on the fresh rows does not run during the timed searches.
    database.jdbi().useHandle(h -> h.execute("VACUUM (ANALYZE) scene"));
    Random random = new Random(11);
    double[] millis = new double[500];
    int[] returned = new int[millis.length];
    for (int i = 0; i < millis.length; i++) {
      double lon = 124 + random.nextDouble() * 6.5;
      double lat = 37 + random.nextDouble() * 5.5;
      int year = 2015 + random.nextInt(10);
      StacSearch search =
          StacSearch.of(
              lon + "," + lat + "," + (lon + 0.5) + "," + (lat + 0.5),
              null,
              year + "-01-01T00:00:00Z/" + year + "-12-31T23:59:59Z",
              null,
              null,
              100,
              null);
      long start = System.nanoTime();
      List<SceneDao.SearchRow> rows =
          jdbi.withHandle(h -> h.attach(SceneDao.class).search(search, 101));
      millis[i] = (System.nanoTime() - start) / 1e6;
      returned[i] = rows.size();
    }
    double[] warm = Arrays.copyOfRange(millis, 50, millis.length);
    Arrays.sort(warm);
    System.out.printf(
        "search (0.5 deg bbox, 1 year, limit 100, full items): p50 %.1f ms, p99 %.1f ms, %.0f items per"
            + " page on average, over %,d scenes%n",
        warm[warm.length / 2],
        warm[(int) (warm.length * 0.99)],
        Arrays.stream(returned).average().orElse(0),
        count);
    // The same searches as the STAC API answers them: the page and numberMatched from one
    // snapshot (SceneCatalogue), then each Item with its links to this server (StacItemLinks).
    SceneCatalogue catalogue = new SceneCatalogue(jdbi);
    StacUrls urls = new StacUrls("https://sightline.example.org/api/stac");
    random = new Random(11);
    long matchedTotal = 0;
    for (int i = 0; i < millis.length; i++) {
      double lon = 124 + random.nextDouble() * 6.5;
      double lat = 37 + random.nextDouble() * 5.5;
      int year = 2015 + random.nextInt(10);
      StacSearch search =
          StacSearch.of(
              lon + "," + lat + "," + (lon + 0.5) + "," + (lat + 0.5),
              null,
              year + "-01-01T00:00:00Z/" + year + "-12-31T23:59:59Z",
              null,
              null,
              100,
              null);
      long start = System.nanoTime();
      SceneCatalogue.SearchPage page = catalogue.search(search);
      List<String> served =
          page.items().stream()
              .map(item -> StacItemLinks.served(item.json(), item.collection(), item.id(), urls))
              .toList();
      millis[i] = (System.nanoTime() - start) / 1e6;
      returned[i] = served.size();
      matchedTotal += page.matched();
    }
    warm = Arrays.copyOfRange(millis, 50, millis.length);
    Arrays.sort(warm);
    System.out.printf(
        "served search (the same, with numberMatched and each Item's links): p50 %.1f ms, p99 %.1f"
            + " ms, %.0f matched on average%n",
        warm[warm.length / 2], warm[(int) (warm.length * 0.99)], matchedTotal / 500.0);
    Files.deleteIfExists(file);
    System.exit(0);
  }

  static Path generate(int count) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode template;
    try (InputStream in =
        IngestBenchmark.class.getResourceAsStream("/bench/naip-item-template.json")) {
      template = (ObjectNode) json.readTree(in);
    }
    Path file = Files.createTempFile("sightline-bench-", ".ndjson");
    Random random = new Random(7);
    long start2015 = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
    long span = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() - start2015;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        ObjectNode item = template.deepCopy();
        item.put("id", String.format("bench-%08d", i));
        item.put("collection", "bench-naip");
        double lon = 124 + random.nextDouble() * 6.9;
        double lat = 37 + random.nextDouble() * 5.9;
        double size = 0.05 + random.nextDouble() * 0.05;
        ObjectNode geometry = item.putObject("geometry").put("type", "Polygon");
        var ring = geometry.putArray("coordinates").addArray();
        ring.addArray().add(lon).add(lat);
        ring.addArray().add(lon + size).add(lat);
        ring.addArray().add(lon + size).add(lat + size);
        ring.addArray().add(lon).add(lat + size);
        ring.addArray().add(lon).add(lat);
        item.putArray("bbox").add(lon).add(lat).add(lon + size).add(lat + size);
        ((ObjectNode) item.get("properties"))
            .put(
                "datetime",
                Instant.ofEpochSecond(start2015 + (long) (random.nextDouble() * span)).toString());
        out.write(json.writeValueAsString(item));
        out.write('\n');
      }
    }
    return file;
  }
}
