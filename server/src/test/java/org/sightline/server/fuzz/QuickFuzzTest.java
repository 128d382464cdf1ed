package org.sightline.server.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Every parser in one fuzz target, for the suite's short real fuzz run (Jazzer fuzzes one
 * {@code @FuzzTest} per JVM): the first byte of the input picks the target ({@link #TARGETS}, by
 * its index modulo their count), the rest is that target's input. The surefire execution {@code
 * fuzz-quick} runs it with -Djazzer.fuzz=true for {@code sightline.fuzz.quickDuration}; otherwise
 * it replays its corpus like the others.
 */
@Tag("fuzz")
class QuickFuzzTest {
  /** The targets, in a fixed order: a corpus file's first byte keeps meaning the same one. */
  static final List<String> TARGETS = ParserTargets.ALL.keySet().stream().sorted().toList();

  /** 15 s unless -Djazzer.max_duration says otherwise (the pom's sightline.fuzz.quickDuration). */
  @FuzzTest(maxDuration = "15s")
  void allParsers(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    String target = TARGETS.get(Byte.toUnsignedInt(input[0]) % TARGETS.size());
    ParserTargets.ALL.get(target).run(Arrays.copyOfRange(input, 1, input.length));
  }
}
