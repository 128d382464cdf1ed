package org.sightline.server.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * The facility and observation-layer import readers (GeoJSON, KML, CSV) and the API's GeoJSON
 * geometry input. Without JAZZER_FUZZ (or -Djazzer.fuzz=true) each method replays its corpus,
 * {@code ImportFuzzTestInputs/<method>/}; scripts/fuzz fuzzes one for real.
 */
@Tag("fuzz")
class ImportFuzzTest {
  @FuzzTest
  void geoJsonImport(byte[] input) throws Exception {
    ParserTargets.geoJsonImport(input);
  }

  @FuzzTest
  void kmlImport(byte[] input) throws Exception {
    ParserTargets.kmlImport(input);
  }

  @FuzzTest
  void csvImport(byte[] input) throws Exception {
    ParserTargets.csvImport(input);
  }

  @FuzzTest
  void geoJsonGeometry(byte[] input) throws Exception {
    ParserTargets.geoJsonGeometry(input);
  }
}
