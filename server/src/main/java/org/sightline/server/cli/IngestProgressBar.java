package org.sightline.server.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sightline.server.catalogue.SceneIngest;

/**
 * The ingest command's progress bar (me.tongfei:progressbar) over the bytes of the input files,
 * with the Items read and their rate: {@code ingest 42% [=====> ] 1234/2900 MiB (0:01:40 / 0:02:18)
 * 412,345 items 10,210/s} (elapsed / remaining). On a terminal it redraws in place four times a
 * second; otherwise (a log, CI) it prints a line every ten seconds. While a static catalog is
 * walked the total is unknown and the bar shows counts only. Not thread-safe: updated from the
 * ingesting thread.
 */
final class IngestProgressBar implements SceneIngest.Progress, AutoCloseable {
  private static final long KIB = 1024;
  private static final long MIB = 1024 * 1024;
  private final ProgressBar bar;
  private final long startNanos = System.nanoTime();

  IngestProgressBar(PrintStream err, boolean terminal, long totalBytes) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(Math.max(totalBytes, 1))
            .setUnit(
                totalBytes >= 64 * MIB ? " MiB" : totalBytes >= 64 * KIB ? " KiB" : " B",
                totalBytes >= 64 * MIB ? MIB : totalBytes >= 64 * KIB ? KIB : 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(terminal ? 250 : 10_000)
            .setConsumer(
                terminal
                    ? new ConsoleProgressBarConsumer(err)
                    : new DelegatingProgressBarConsumer(err::println, 120))
            .build();
  }

  @Override
  public void update(long itemsRead, long bytesRead, boolean walkingCatalog) {
    if (walkingCatalog && bar.getMax() > 0) {
      bar.maxHint(-1);
    }
    bar.stepTo(walkingCatalog ? bytesRead : Math.min(bytesRead, bar.getMax()));
    double seconds = Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0;
    bar.setExtraMessage(
        String.format(
            Locale.ROOT, "%,d items %,.0f/s", itemsRead, seconds > 0 ? itemsRead / seconds : 0.0));
  }

  @Override
  public void close() {
    bar.close();
  }
}
