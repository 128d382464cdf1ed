package org.sightline.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.sightline.server.testing.TestPostgis;

/** The settings hold for the transaction that applied them, and only for it. */
class ShortQuerySettingsTest {
  private static String setting(Handle h, String name) {
    return h.createQuery("SELECT current_setting('" + name + "')").mapTo(String.class).one();
  }

  @Test
  void noJitAndNoParallelWorkersUntilTheTransactionEnds() {
    Jdbi jdbi = TestPostgis.freshDatabase().appJdbi();
    jdbi.useHandle(
        h -> {
          String jitBefore = setting(h, "jit");
          String workersBefore = setting(h, "max_parallel_workers_per_gather");
          assertThat(workersBefore).isNotEqualTo("0");
          h.useTransaction(
              t -> {
                ShortQuerySettings.apply(t);
                assertThat(setting(t, "jit")).isEqualTo("off");
                assertThat(setting(t, "max_parallel_workers_per_gather")).isEqualTo("0");
              });
          assertThat(setting(h, "jit")).isEqualTo(jitBefore);
          assertThat(setting(h, "max_parallel_workers_per_gather")).isEqualTo(workersBefore);
        });
  }
}
