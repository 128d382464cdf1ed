package org.sightline.server.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sightline.server.backup.BackupProgress;

/**
 * The backup command's progress bars (me.tongfei:progressbar), one per long step, on standard
 * error: {@code evidence 42% [=====> ] 1234/2900 MiB (0:01:40 / 0:02:18)}; a step of unknown length
 * (the database dump) shows what is done and the time. On a terminal a bar redraws in place four
 * times a second; otherwise (a log, cron) it prints a line every ten seconds, from the tenth second
 * of a step on. Not thread-safe.
 */
final class BackupProgressBar implements BackupProgress {
  private static final long KIB = 1024;
  private static final long MIB = 1024 * 1024;

  /** Off a terminal, a step that ends sooner prints nothing (a short backup from cron is quiet). */
  private static final long QUIET_NANOS = 10_000_000_000L;

  private final PrintStream err;
  private final boolean terminal;

  BackupProgressBar(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Step start(String name, long total, String unit) {
    boolean bytes = "bytes".equals(unit);
    long scale = !bytes ? 1 : total < 0 || total >= 64 * MIB ? MIB : total >= 64 * KIB ? KIB : 1;
    long startNanos = System.nanoTime();
    String unitName = !bytes ? "" : scale == MIB ? " MiB" : scale == KIB ? " KiB" : " B";
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(name)
            .setInitialMax(total < 0 ? -1 : Math.max(total, 1))
            .setUnit(unitName, scale)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(terminal ? 250 : 10_000)
            .setConsumer(
                terminal
                    ? new ConsoleProgressBarConsumer(err)
                    : new DelegatingProgressBarConsumer(
                        line -> {
                          if (System.nanoTime() - startNanos >= QUIET_NANOS) {
                            err.println(line);
                          }
                        },
                        120))
            .build();
    return new Step() {
      @Override
      public void stepTo(long done) {
        bar.stepTo(done);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
