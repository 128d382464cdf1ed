package org.sightline.server.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * The query parsers: bbox, datetime, EDTF and time statements, STAC search (GET parameters and POST
 * sortby) and OGC API - Features items queries. Without JAZZER_FUZZ (or -Djazzer.fuzz=true) each
 * method replays its corpus, {@code QueryFuzzTestInputs/<method>/}; scripts/fuzz fuzzes one for
 * real.
 */
@Tag("fuzz")
class QueryFuzzTest {
  @FuzzTest
  void bbox(byte[] input) throws Exception {
    ParserTargets.bbox(input);
  }

  @FuzzTest
  void datetime(byte[] input) throws Exception {
    ParserTargets.datetime(input);
  }

  @FuzzTest
  void edtf(byte[] input) throws Exception {
    ParserTargets.edtf(input);
  }

  @FuzzTest
  void timeStatement(byte[] input) throws Exception {
    ParserTargets.timeStatement(input);
  }

  @FuzzTest
  void stacSearch(byte[] input) throws Exception {
    ParserTargets.stacSearch(input);
  }

  @FuzzTest
  void stacSortBody(byte[] input) throws Exception {
    ParserTargets.stacSortBody(input);
  }

  @FuzzTest
  void itemsQuery(byte[] input) throws Exception {
    ParserTargets.itemsQuery(input);
  }
}
