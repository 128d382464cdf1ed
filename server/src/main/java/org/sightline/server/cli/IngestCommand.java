package org.sightline.server.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;
import org.sightline.imagery.InputFormat;
import org.sightline.imagery.StacIds;
import org.sightline.server.catalogue.IngestReport;
import org.sightline.server.catalogue.SceneIngest;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.db.SightlineJdbi;

/**
 * {@code ingest scenes <config.yml> <path>...}: loads STAC Items (files, directories, static
 * catalogs, NDJSON, ItemCollections, CSV order sheets) into the catalogue, with a progress bar on
 * standard error ({@link IngestProgressBar}) and a closing summary. {@code --format flat} reads
 * flattened footprints ({@link org.sightline.imagery.FlatFootprints}). Exits with status 1, with
 * one line that says what was stored nonetheless, when any item was rejected (unless {@code
 * --allow-rejected}) or any input could not be read to its end.
 */
public final class IngestCommand extends DatabaseCommand {
  public IngestCommand() {
    super("ingest", "Ingest imagery metadata (STAC) into the catalogue", "scenes");
  }

  @Override
  protected void configureOptions(Subparser subparser) {
    subparser.addArgument("paths").nargs("+").help("files, directories or catalog.json files");
    subparser.addArgument("--collection").help("collection for items that name none");
    subparser
        .addArgument("--format")
        .choices("stac", "flat")
        .setDefault("stac")
        .help(
            "how JSON inputs are read: stac (Items, ItemCollections, NDJSON, catalogs) or flat"
                + " (GeoJSON footprints with the STAC fields in properties: Maxar, stac-geoparquet"
                + " exports); .csv files are order sheets either way");
    subparser
        .addArgument("--allow-rejected")
        .dest("allowRejected")
        .action(Arguments.storeTrue())
        .help("exit 0 even when some items were rejected");
  }

  // The bar's close() ends its line and flushes; it does not close System.err (progressbar's
  // console
  // consumer). On Java 17, System.console() is null exactly when stderr/stdin is not a terminal.
  @SuppressWarnings({"ClosingStandardOutputStreams", "SystemConsoleNull"})
  @Override
  protected void run(Context context, String action, Namespace namespace) throws Exception {
    List<String> paths = namespace.getList("paths");
    for (String path : paths) {
      if (!Files.exists(Path.of(path))) {
        throw new IllegalArgumentException("no such file or directory: " + path);
      }
    }
    String collection = namespace.getString("collection");
    if (collection != null) {
      String problem = StacIds.problem("--collection", collection);
      if (problem != null || collection.isBlank()) {
        throw new IllegalArgumentException(problem != null ? problem : "--collection is blank");
      }
    }
    InputFormat format = InputFormat.of(namespace.getString("format"));
    long totalBytes = 0;
    for (String path : paths) {
      totalBytes += SceneIngest.inputBytes(Path.of(path));
    }
    IngestReport report;
    // A small pool, as the server has: without it every batch would open a new connection (a
    // backend started, authenticated and its caches warmed for each 5,000 Items).
    DataSourceFactory database = context.config().getDatabase();
    database.setMinSize(1);
    database.setInitialSize(1);
    ManagedDataSource pool = database.build(new MetricRegistry(), "ingest");
    try (IngestProgressBar bar =
        new IngestProgressBar(System.err, System.console() != null, totalBytes)) {
      Jdbi pooled = SightlineJdbi.installPlugins(Jdbi.create(pool));
      SceneIngest ingest =
          new SceneIngest(
              new SceneStore(pooled, context.clock()), context.actor(), collection, bar);
      for (String path : paths) {
        ingest.ingest(Path.of(path), format);
      }
      report = ingest.finish();
    } finally {
      pool.stop();
    }
    PrintStream out = context.out();
    out.printf(
        Locale.ROOT,
        "read %,d  inserted %,d  updated %,d  unchanged %,d  duplicates %,d  rejected %,d"
            + "  (%.1f s, %,.0f items/s)%n",
        report.read(),
        report.inserted(),
        report.updated(),
        report.unchanged(),
        report.duplicates(),
        report.rejected(),
        report.seconds(),
        report.itemsPerSecond());
    for (Map.Entry<String, Long> reason : report.rejectedByReason().entrySet()) {
      long count = reason.getValue();
      out.printf(
          Locale.ROOT,
          "  rejected %,d: %s%s%n",
          count,
          reason.getKey(),
          count > 1 ? String.format(Locale.ROOT, " (and %,d more like it)", count - 1) : "");
    }
    for (String example : report.rejectedExamples()) {
      out.println("    e.g. " + example);
    }
    for (String input : report.unreadable()) {
      out.println("  unreadable: " + input);
    }
    if (!report.unreadable().isEmpty()) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "%,d input(s) could not be read to the end (see above); %s. Fix the input and run"
                  + " again: stored Items are skipped",
              report.unreadable().size(),
              stored(report)));
    }
    if (report.rejected() > 0 && !Boolean.TRUE.equals(namespace.getBoolean("allowRejected"))) {
      throw new IllegalStateException(rejectionSummary(report));
    }
  }

  /** The failure line after rejections: what was rejected, and what was stored all the same. */
  static String rejectionSummary(IngestReport report) {
    return String.format(
        Locale.ROOT,
        "%,d item(s) rejected (see above); %s. Fix the rejected ones and run again (stored Items"
            + " are skipped), or pass --allow-rejected",
        report.rejected(),
        stored(report));
  }

  private static String stored(IngestReport report) {
    return report.accepted() == 0
        ? "nothing was ingested"
        : String.format(
            Locale.ROOT,
            "the %,d valid Items were ingested (inserted, updated or unchanged as counted above)",
            report.accepted());
  }
}
