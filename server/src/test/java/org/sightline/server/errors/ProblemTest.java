package org.sightline.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void aGeometryProblemNamesItsFieldAndItsPoint() {
    Problem problem =
        Problem.of(
            "geometry: self-intersection at 126.5 39.5 (add ?repair=true to have it repaired)");
    assertThat(problem.field()).isEqualTo("geometry");
    assertThat(problem.at()).containsExactly(126.5, 39.5);
  }

  @Test
  void aSwappedPointIsGivenInTheInputsOrder() {
    Problem problem =
        Problem.of(
            "location: coordinate out of range; latitude and longitude look swapped, expected"
                + " longitude first at 39 126");
    assertThat(problem.field()).isEqualTo("location");
    assertThat(problem.at()).containsExactly(39.0, 126.0);
  }

  @Test
  void aRuleAboutAFieldNamesIt() {
    assertThat(Problem.of("name is required").field()).isEqualTo("name");
    assertThat(Problem.of("id must be 2-64 characters").field()).isEqualTo("id");
    assertThat(Problem.of("names[0].text: too long").field()).isEqualTo("names[0].text");
    assertThat(Problem.of("limit 'x' is not a whole number").field()).isEqualTo("limit");
    assertThat(Problem.of("limit -1 is below the minimum of 1").field()).isEqualTo("limit");
    // A value in brackets after the field, as the claim checks write them.
    assertThat(Problem.of("victimsMin (5) is more than victimsMax (2)").field())
        .isEqualTo("victimsMin");
    assertThat(
            Problem.of("places[0].point [39.67, 126.85]: latitude and longitude look swapped")
                .field())
        .isEqualTo("places[0].point");
  }

  @Test
  void aFieldARuleNeedsIsNamed() {
    assertThat(
            Problem.of(
                    "an area digitized from imagery needs sceneId: the dated scene it was drawn on")
                .field())
        .isEqualTo("sceneId");
  }

  @Test
  void aJsonProblemNamesThePathItGave() {
    Problem problem =
        Problem.of("unknown field 'names'; expected one of: a, b (at $.names) [line 1, column 12]");
    assertThat(problem.field()).isEqualTo("names");
    assertThat(problem.at()).isNull();
  }

  @Test
  void aMessageWithoutAFieldNamesNone() {
    Problem problem = Problem.of("latitude and longitude look swapped");
    assertThat(problem.field()).isNull();
    assertThat(problem.at()).isNull();
    assertThat(Problem.of("facility kwanliso-99 is not known").field()).isNull();
  }

  @Test
  void anInvalidBodyListsEveryProblem() {
    ErrorBody body = ErrorBody.invalid(400, List.of("name is required", "type: unknown type 'x'"));
    assertThat(body.message()).isEqualTo("name is required; type: unknown type 'x'");
    assertThat(body.problems()).extracting(Problem::field).containsExactly("name", "type");
  }
}
