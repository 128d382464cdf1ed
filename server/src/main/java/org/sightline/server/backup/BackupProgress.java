package org.sightline.server.backup;

/**
 * Where a backup or restore reports the progress of its long steps (the command line draws progress
 * bars). Called from the working thread only.
 */
public interface BackupProgress {
  /** Reports nothing (tests, and callers without a terminal). */
  BackupProgress NONE = (name, total, unit) -> Step.NONE;

  /**
   * Starts a step.
   *
   * @param name what is done, e.g. {@code "evidence"}
   * @param total how many units the step has, or -1 when unknown
   * @param unit {@code "bytes"} or {@code "items"}
   */
  Step start(String name, long total, String unit);

  /** One step under way; closing it ends its bar. */
  interface Step extends AutoCloseable {
    Step NONE =
        new Step() {
          @Override
          public void stepTo(long done) {}

          @Override
          public void close() {}
        };

    /** How many units are done so far. */
    void stepTo(long done);

    @Override
    void close();
  }
}
