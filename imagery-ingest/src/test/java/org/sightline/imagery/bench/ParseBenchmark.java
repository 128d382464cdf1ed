package org.sightline.imagery.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.StacReader;

/**
 * Parse-only throughput of {@link StacReader} on an NDJSON file (no database): median of 5 runs.
 * Usage: {@code ParseBenchmark file.ndjson}. Not a test.
 */
public final class ParseBenchmark {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    double[] rates = new double[5];
    for (int run = 0; run < rates.length; run++) {
      long start = System.nanoTime();
      long[] counts = new long[2];
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
          StacReader reader = new StacReader(in, null, node -> {})) {
        reader.readAll(item -> counts[item instanceof ParsedItem.Accepted ? 0 : 1]++);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      rates[run] = (counts[0] + counts[1]) / seconds;
      System.out.printf(
          "run %d: %,d accepted, %,d rejected, %,.0f items/s%n",
          run, counts[0], counts[1], rates[run]);
    }
    Arrays.sort(rates);
    System.out.printf("median %,.0f items/s%n", rates[2]);
  }
}
