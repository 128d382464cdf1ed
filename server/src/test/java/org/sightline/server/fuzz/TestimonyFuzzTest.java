package org.sightline.server.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * The claim imports: claims CSV and TimeMap. Without JAZZER_FUZZ (or -Djazzer.fuzz=true) each
 * method replays its corpus, {@code TestimonyFuzzTestInputs/<method>/}; scripts/fuzz fuzzes one for
 * real.
 */
@Tag("fuzz")
class TestimonyFuzzTest {
  @FuzzTest
  void claimCsv(byte[] input) throws Exception {
    ParserTargets.claimCsv(input);
  }

  @FuzzTest
  void timeMap(byte[] input) throws Exception {
    ParserTargets.timeMap(input);
  }
}
