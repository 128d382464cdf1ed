package org.sightline.server.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.sightline.server.catalogue.SearchShape;
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
    // Streamed: generated as they are ingested (both passes), never kept on disk (10M Items would
    // be 30 GB); else one NDJSON file, read twice.
    boolean streamed = Boolean.getBoolean("sightline.bench.stream");
    boolean reingest = !Boolean.getBoolean("sightline.bench.skipReingest");
    Path file = streamed ? null : BenchItems.file(count);
    if (file != null) {
      System.out.printf(
          "generated %,d items, %,d bytes each on average%n", count, Files.size(file) / count);
    } else {
      System.out.printf("streaming %,d generated items into the ingest%n", count);
    }
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
    for (String pass :
        reingest
            ? new String[] {"ingest (inserts)", "re-ingest (unchanged)"}
            : new String[] {"ingest (inserts)"}) {
      System.gc();
      HeapWatch heap = new HeapWatch();
      CpuMeter cpu = new CpuMeter(database.jdbi());
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
      if (file != null) {
        ingest.ingest(file);
      } else {
        try (InputStream items = BenchItems.stream(count)) {
          ingest.ingest(items, "generated");
        }
      }
      IngestReport report = ingest.finish();
      heap.close();
      System.out.printf(
          "%-22s %,d items in %.1f s: %,.0f items/s (%s)%n",
          pass, report.read(), report.seconds(), report.itemsPerSecond(), heap.summary());
      System.out.println("  " + cpu.summary(report.read()));
    }
    // As a settled catalogue is searched: statistics and the visibility map up to date, so that
    // autovacuum catching up on the fresh rows does not run during the timed searches.
    long vacuumStart = System.nanoTime();
    database.jdbi().useHandle(h -> h.execute("VACUUM (ANALYZE) scene"));
    System.out.printf("VACUUM (ANALYZE) scene: %.1f s%n", (System.nanoTime() - vacuumStart) / 1e9);
    printSizes(database.jdbi());
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
      matchedTotal += page.matched() == null ? SceneCatalogue.MATCHES_COUNTED : page.matched();
    }
    warm = Arrays.copyOfRange(millis, 50, millis.length);
    Arrays.sort(warm);
    System.out.printf(
        "served search (the same, with numberMatched and each Item's links): p50 %.1f ms, p99 %.1f"
            + " ms, %.0f matched on average%n",
        warm[warm.length / 2], warm[(int) (warm.length * 0.99)], matchedTotal / 500.0);
    // How one such search runs: the plan of its first statement (SceneDao.searchCandidates, the
    // narrow shape this search takes), with the pages it read.
    StacSearch planned =
        StacSearch.of(
            "127.0,39.5,127.5,40.0",
            null,
            "2020-01-01T00:00:00Z/2020-12-31T23:59:59Z",
            null,
            null,
            100,
            null);
    jdbi.useHandle(
        h -> {
          SceneDao dao = h.attach(SceneDao.class);
          SceneDao.PreparedSearch prepared = dao.prepare(planned);
          System.out.printf(
              "  shape %s (footprint share %s, about %.0f scenes in the span)%n",
              SearchShape.forPage(planned.sort(), prepared.estimate(), 101),
              prepared.estimate().footprintShare(),
              prepared.estimate().scenesInSpan());
          h.createQuery("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + SceneDao.NARROW_CANDIDATES)
              .define("keyColumns", "")
              .define("afterCondition", "")
              .define("orderBy", "acquired_at ASC, collection ASC, id ASC")
              .bindMethods(prepared.filter().withoutAcquiredBounds().withLimit(107))
              .mapTo(String.class)
              .forEach(line -> System.out.println("  " + line));
        });
    if (file != null) {
      Files.deleteIfExists(file);
    }
    System.exit(0);
  }

  /** The table's size on disk: heap, TOAST, and each index. */
  static void printSizes(Jdbi jdbi) {
    jdbi.useHandle(
        h -> {
          System.out.println(
              h.createQuery(
                      """
                      SELECT format('scene: %s in all (heap %s, TOAST %s, indexes %s)',
                                    pg_size_pretty(pg_total_relation_size('scene')),
                                    pg_size_pretty(pg_relation_size('scene')),
                                    pg_size_pretty(coalesce(pg_total_relation_size(reltoastrelid), 0)),
                                    pg_size_pretty(pg_indexes_size('scene')))
                        FROM pg_class WHERE oid = 'scene'::regclass""")
                  .mapTo(String.class)
                  .one());
          h.createQuery(
                  """
                  SELECT format('  index %s: %s', indexrelid::regclass,
                                pg_size_pretty(pg_relation_size(indexrelid)))
                    FROM pg_index WHERE indrelid = 'scene'::regclass ORDER BY indexrelid::regclass::text""")
              .mapTo(String.class)
              .forEach(System.out::println);
        });
  }
}
