package org.sightline.imagery.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gap analysis on a hand-made timeline. */
class RevisitGapsTest {
  private static Instant day(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  @Test
  void gapsAreTheLongestPeriodsWithoutAUsableSceneIncludingTheWindowEdges() {
    // Window 2020-01-01..2022-01-01; usable scenes on Jan 11, Mar 1, Mar 1 (again), Dec 31 2020 and
    // Jun 30 2021.
    RevisitGaps gaps =
        RevisitGaps.of(
            List.of(
                day("2020-03-01"),
                day("2020-01-11"),
                day("2020-03-01"),
                day("2020-12-31"),
                day("2021-06-30"),
                day("2019-06-01")),
            day("2020-01-01"),
            day("2022-01-01"));
    assertThat(gaps.usable()).isEqualTo(4);
    assertThat(gaps.perYear())
        .as("the window ends at 2022-01-01T00:00, exclusive")
        .isEqualTo(Map.of(2020, 3, 2021, 1));
    assertThat(gaps.gaps())
        .extracting(RevisitGaps.Gap::days)
        .containsExactly(305.0, 185.0, 181.0, 50.0, 10.0);
    assertThat(gaps.gaps().get(0).from()).isEqualTo(day("2020-03-01"));
    assertThat(gaps.gaps().get(0).to()).isEqualTo(day("2020-12-31"));
    assertThat(gaps.gaps().get(1).from())
        .as("from the last scene to the window's end")
        .isEqualTo(day("2021-06-30"));
    assertThat(gaps.top(2).gaps()).hasSize(2);
  }

  @Test
  void noSceneAtAllIsOneGapAsLongAsTheWindow() {
    RevisitGaps gaps = RevisitGaps.of(List.of(), day("2024-01-01"), day("2024-12-31"));
    assertThat(gaps.gaps()).singleElement().satisfies(g -> assertThat(g.days()).isEqualTo(365.0));
  }
}
