package org.sightline.server.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.server.readme.ReadmeExamples.Command;
import org.sightline.server.readme.ReadmeExamples.Examples;
import org.sightline.server.readme.ReadmeExamples.Expectation;

/** The README convention: which blocks run, how commands split, what expectations say. */
class ReadmeExamplesParserTest {
  private static final String README =
      """
      # Title

      ## The API

      ```sh
      TOKEN=$(curl -s -X POST http://localhost:8080/api/auth/login \\
           -d '{"username": "admin"}' | jq -r .token)   # → 200
      # a comment, not a command
      curl -s -X POST http://localhost:8080/api/x -d '{"a": 1,
           "b": 2}'
      # → 201 {"id":...,"b":2}
      ```

      ```json
      {"not": "run"}
      ```

      <!-- readme-test: skip starts the server itself -->
      ```sh
      scripts/run
      ```

      ```sh
      scripts/sightline audit verify   # → Audit chain intact: ... events checked.
      curl -s -d @- http://localhost:8080/api/x <<'EOF'
      {"a": 1}
      # not a comment here
      EOF
      # → 200
      ```
      """;

  @Test
  void shBlocksAreExamplesAndMarkedOnesAreSkippedWithTheirReason() {
    Examples examples = ReadmeExamples.parse(README);
    assertThat(examples.examples()).hasSize(2);
    assertThat(examples.examples().get(0).section()).isEqualTo("The API");
    assertThat(examples.skipped()).hasSize(1);
    assertThat(examples.skipped().get(0).reason()).isEqualTo("starts the server itself");
    assertThat(examples.commandCount()).isEqualTo(4);
  }

  @Test
  void commandsGoOnOverBackslashesAndQuotedNewlinesAndCarryTheirExpectations() {
    List<Command> commands = ReadmeExamples.parse(README).examples().get(0).commands();
    assertThat(commands).hasSize(2);
    assertThat(commands.get(0).text()).startsWith("TOKEN=$(").contains("jq -r .token)");
    assertThat(commands.get(0).expectations()).containsExactly(new Expectation(200, null));
    assertThat(commands.get(1).text()).contains("\"b\": 2}'");
    assertThat(commands.get(1).expectations())
        .containsExactly(new Expectation(201, "{\"id\":...,\"b\":2}"));
  }

  @Test
  void aHereDocumentBelongsToItsCommand() {
    Command heredoc = ReadmeExamples.parse(README).examples().get(1).commands().get(1);
    assertThat(heredoc.text())
        .contains("{\"a\": 1}")
        .contains("# not a comment here")
        .endsWith("EOF\n");
    assertThat(heredoc.expectations()).containsExactly(new Expectation(200, null));
  }

  @Test
  void anExpectedOutputMatchesWithDotsStandingForAnything() {
    Expectation output =
        ReadmeExamples.parse(README).examples().get(1).commands().get(0).expectations().get(0);
    assertThat(output.httpStatus()).isNull();
    assertThat(output.outputMatches("Audit chain intact: 17 events checked.\nHead: seq 17"))
        .isTrue();
    assertThat(output.outputMatches("AUDIT CHAIN BROKEN at seq 6")).isFalse();
    assertThat(new Expectation(201, "{\"id\":...,\"b\":2}").outputMatches("{\"id\":7,\"b\":3}"))
        .isFalse();
  }
}
