package org.sightline.server.db;

import org.jdbi.v3.core.Handle;

/**
 * Planner settings for a transaction of short queries that answer a request (a page of a search, a
 * map layer): no JIT compilation and no parallel workers, whose start-up costs more than such
 * queries gain from them. Measured on the development machine: JIT added ~1 s to a map grouping
 * query; a parallel worker took ~40 ms to start for a search count of a few hundred rows, which
 * PostgreSQL planned because it takes any {@code box && box} condition for 0.5% of the rows
 * (docs/SCALING.md, docs/LOAD.md). Stateless.
 */
public final class ShortQuerySettings {
  private ShortQuerySettings() {}

  /**
   * Sets them for the handle's current transaction only (as {@code SET LOCAL}), in one round trip:
   * every search pays it.
   */
  public static void apply(Handle h) {
    h.createQuery(
            "SELECT set_config('jit', 'off', true)"
                + " || set_config('max_parallel_workers_per_gather', '0', true)")
        .mapTo(String.class)
        .one();
  }
}
