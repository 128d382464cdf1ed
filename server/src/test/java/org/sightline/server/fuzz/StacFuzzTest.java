package org.sightline.server.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * The scene ingest's readers: STAC Items, flattened footprints and scene CSV. Without JAZZER_FUZZ
 * (or -Djazzer.fuzz=true) each method replays its corpus, {@code StacFuzzTestInputs/<method>/};
 * scripts/fuzz fuzzes one for real.
 */
@Tag("fuzz")
class StacFuzzTest {
  @FuzzTest
  void stacItems(byte[] input) throws Exception {
    ParserTargets.stacItems(input);
  }

  @FuzzTest
  void flatFootprints(byte[] input) throws Exception {
    ParserTargets.flatFootprints(input);
  }

  @FuzzTest
  void sceneCsv(byte[] input) throws Exception {
    ParserTargets.sceneCsv(input);
  }
}
