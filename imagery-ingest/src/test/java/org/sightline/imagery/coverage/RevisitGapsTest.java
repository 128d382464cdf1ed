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
        .as("between scenes first, longest first; then the window's edges, longest first")
        .extracting(RevisitGaps.Gap::days)
        .containsExactly(305.0, 181.0, 50.0, 185.0, 10.0);
    assertThat(gaps.gaps())
        .extracting(RevisitGaps.Gap::kind)
        .containsExactly(
            "between-scenes",
            "between-scenes",
            "between-scenes",
            "after-last-scene",
            "before-first-scene");
    assertThat(gaps.gaps().get(0).from()).isEqualTo(day("2020-03-01"));
    assertThat(gaps.gaps().get(0).to()).isEqualTo(day("2020-12-31"));
    assertThat(gaps.longestBetweenScenes()).isEqualTo(gaps.gaps().get(0));
    assertThat(gaps.gaps().get(3).from())
        .as("from the last scene to the window's end")
        .isEqualTo(day("2021-06-30"));
    assertThat(gaps.top(2).gaps()).hasSize(2);
  }

  @Test
  void noSceneAtAllIsOneGapAsLongAsTheWindow() {
    RevisitGaps gaps = RevisitGaps.of(List.of(), day("2024-01-01"), day("2024-12-31"));
    assertThat(gaps.gaps())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.days()).isEqualTo(365.0);
              assertThat(g.kind()).isEqualTo("no-scenes");
            });
    assertThat(gaps.longestBetweenScenes()).isNull();
  }

  @Test
  void aLongStretchBeforeTheFirstSceneIsMarkedAndNotTheLongestRevisitGap() {
    // The catalogue starts in late 2024: 347 days from the window's start to the first scene.
    RevisitGaps gaps =
        RevisitGaps.of(
            List.of(day("2024-12-13"), day("2024-12-23"), day("2025-01-02")),
            day("2024-01-01"),
            day("2025-01-03"));
    assertThat(gaps.gaps().get(0).kind()).isEqualTo("between-scenes");
    assertThat(gaps.gaps().get(0).days()).isEqualTo(10.0);
    assertThat(gaps.longestBetweenScenes().days()).isEqualTo(10.0);
    assertThat(gaps.gaps())
        .filteredOn(g -> g.kind().equals("before-first-scene"))
        .singleElement()
        .satisfies(g -> assertThat(g.days()).isEqualTo(347.0));
  }
}
