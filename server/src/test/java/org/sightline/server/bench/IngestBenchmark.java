package org.sightline.server.bench;

import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.audit.Actor;
import org.sightline.server.catalogue.IngestReport;
import org.sightline.server.catalogue.SceneIngest;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.db.SightlineJdbi;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * Ingest throughput into a throwaway cluster (fsync off, as in tests): the file is ingested
 * twice, first into an empty catalogue, then again (every Item unchanged). Usage:
 * {@code IngestBenchmark items.ndjson}. Not a test; see scripts/bench-ingest.
 */
public final class IngestBenchmark {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    TestDatabase database = TestPostgis.freshDatabase();
    org.apache.tomcat.jdbc.pool.PoolProperties pool = new org.apache.tomcat.jdbc.pool.PoolProperties();
    pool.setUrl(database.jdbcUrl());
    pool.setUsername(database.appUser());
    pool.setPassword(database.appPassword());
    pool.setDriverClassName("org.postgresql.Driver");
    pool.setMaxActive(4);
    pool.setMaxIdle(4);
    pool.setMinIdle(1);
    Jdbi jdbi = SightlineJdbi.installPlugins(Jdbi.create(new org.apache.tomcat.jdbc.pool.DataSource(pool)));
    for (String pass : new String[] {"first ingest (inserts)", "re-ingest (unchanged)"}) {
      SceneIngest ingest = new SceneIngest(new SceneStore(jdbi, Clock.systemUTC()), Actor.system("bench"), null, read -> {});
      ingest.ingest(file);
      IngestReport report = ingest.finish();
      System.out.printf("%-24s %,d read, %,d inserted, %,d unchanged in %.1f s: %,.0f items/s%n", pass, report.read(),
          report.inserted(), report.unchanged(), report.seconds(), report.itemsPerSecond());
    }
    System.exit(0);
  }
}
