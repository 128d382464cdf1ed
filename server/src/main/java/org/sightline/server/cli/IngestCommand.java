package org.sightline.server.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.sightline.server.catalogue.IngestReport;
import org.sightline.server.catalogue.SceneIngest;
import org.sightline.server.catalogue.SceneStore;

/**
 * {@code ingest scenes <config.yml> <path>...}: loads STAC Items (files, directories, static
 * catalogs, NDJSON, ItemCollections, CSV order sheets) into the catalogue, with a progress bar on
 * standard error ({@link IngestProgressBar}) and a closing summary. Exits with status 1 when any
 * item was rejected, unless {@code --allow-rejected}.
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
    long totalBytes = 0;
    for (String path : paths) {
      totalBytes += SceneIngest.inputBytes(Path.of(path));
    }
    IngestReport report;
    try (IngestProgressBar bar =
        new IngestProgressBar(System.err, System.console() != null, totalBytes)) {
      SceneIngest ingest =
          new SceneIngest(
              new SceneStore(context.jdbi(), context.clock()),
              context.actor(),
              namespace.getString("collection"),
              bar);
      for (String path : paths) {
        ingest.ingest(Path.of(path));
      }
      report = ingest.finish();
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
      out.printf(Locale.ROOT, "  rejected %,d: %s%n", reason.getValue(), reason.getKey());
    }
    for (String example : report.rejectedExamples()) {
      out.println("    e.g. " + example);
    }
    for (String input : report.unreadable()) {
      out.println("  unreadable: " + input);
    }
    if (!report.unreadable().isEmpty()) {
      throw new IllegalStateException(
          report.unreadable().size()
              + " input(s) could not be read to the end (see above);"
              + " the Items before the error were ingested. Fix the input and run again: unchanged Items are skipped");
    }
    if (report.rejected() > 0 && !Boolean.TRUE.equals(namespace.getBoolean("allowRejected"))) {
      throw new IllegalStateException(
          report.rejected()
              + " item(s) rejected (see above); nothing else was affected."
              + " Fix them, or pass --allow-rejected");
    }
  }
}
