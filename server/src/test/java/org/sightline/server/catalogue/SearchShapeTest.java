package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The choice between a search's two ways to find its rows ({@link SearchShape}), on the figures of
 * the 1,100,046-scene load data set (docs/SCALING.md): narrow for a small box, wide for a box
 * holding most scenes, narrow whenever the order cannot be walked in or the share is unknown.
 */
class SearchShapeTest {
  private static final StacSort BY_DATETIME = StacSort.DEFAULT;
  private static final StacSort BY_CLOUD = StacSort.parse("-eo:cloud_cover");

  private static SearchShape.Estimate spatial(Double share, double scenes) {
    return new SearchShape.Estimate(true, share, scenes);
  }

  /** The shape of a page of {@code rows} with a spatial filter meeting {@code share} of them. */
  private static SearchShape page(StacSort sort, Double share, double scenes, int rows) {
    return SearchShape.forPage(sort, spatial(share, scenes), rows);
  }

  @Test
  void aSmallBoxIsNarrowAndAWideOneIsWide() {
    // The benchmark's 0.5-degree box over one year: 0.67% of ~100,000 scenes, ~670 candidates.
    assertThat(page(BY_DATETIME, 0.0067, 100_000, 101)).isEqualTo(SearchShape.NARROW);
    // The whole peninsula over one year: every scene meets it; the time index finds a page at once.
    assertThat(page(BY_DATETIME, 0.998, 100_000, 101)).isEqualTo(SearchShape.WIDE);
    // A small box over all time: 1.3% of 1,100,000, 14,300 candidates, against ~7,800 rows walked.
    assertThat(page(BY_DATETIME, 0.013, 1_100_000, 101)).isEqualTo(SearchShape.NARROW);
    // A 2-degree box over all time: ~110,000 candidates against ~1,000 rows walked.
    assertThat(page(BY_DATETIME, 0.1, 1_100_000, 101)).isEqualTo(SearchShape.WIDE);
  }

  @Test
  void theBoundaryIsWhereTheTwoCostsMeet() {
    // share^2 * n against 10 * rows: 0.125^2 * 64,640 = 1,010 = 10 * 101.
    assertThat(page(BY_DATETIME, 0.125, 64_640, 101)).isEqualTo(SearchShape.NARROW);
    assertThat(page(BY_DATETIME, 0.125, 64_641, 101)).isEqualTo(SearchShape.WIDE);
    // A bigger page walks further before it is full, so it stays narrow longer.
    assertThat(page(BY_DATETIME, 0.125, 64_641, 1_001)).isEqualTo(SearchShape.NARROW);
  }

  @Test
  void anOrderWithNoIndexToWalkOrAnUnknownShareIsNarrow() {
    assertThat(page(BY_CLOUD, 0.998, 1_100_000, 101)).isEqualTo(SearchShape.NARROW);
    assertThat(page(BY_DATETIME, null, 1_100_000, 101)).isEqualTo(SearchShape.NARROW);
    assertThat(SearchShape.forCount(spatial(null, 1_100_000), 10_001))
        .isEqualTo(SearchShape.NARROW);
  }

  @Test
  void aSearchWithoutAnAreaIsWide() {
    assertThat(SearchShape.forPage(BY_CLOUD, SearchShape.Estimate.NOT_SPATIAL, 101))
        .isEqualTo(SearchShape.WIDE);
    assertThat(SearchShape.forCount(SearchShape.Estimate.NOT_SPATIAL, 10_001))
        .isEqualTo(SearchShape.WIDE);
  }

  @Test
  void aCountIsNarrowUntilWalkingStopsSooner() {
    // Counting up to 10,001: the small box's ~670 candidates, each tested, against ~1.5 million.
    assertThat(SearchShape.forCount(spatial(0.0067, 100_000), 10_001))
        .isEqualTo(SearchShape.NARROW);
    // The peninsula: 10,001 rows walked, against 100,000 candidates tested.
    assertThat(SearchShape.forCount(spatial(0.998, 100_000), 10_001)).isEqualTo(SearchShape.WIDE);
  }

  @Test
  void scenesInASpanAreTheSearchedCollectionsSharesOfIt() {
    Instant start = Instant.parse("2015-01-01T00:00:00Z");
    Instant end = Instant.parse("2025-01-01T00:00:00Z");
    List<SceneDao.CollectionSpan> spans =
        List.of(
            new SceneDao.CollectionSpan("naip", 1_000_000, start, end, 0, 0),
            new SceneDao.CollectionSpan(
                "one-day",
                10,
                Instant.parse("2020-06-01T00:00:00Z"),
                Instant.parse("2020-06-01T00:00:00Z"),
                0,
                0));
    Instant from = Instant.parse("2020-01-01T00:00:00Z");
    Instant to = Instant.parse("2021-01-01T00:00:00Z");
    // 366 days of 3,653: ~100,192 of naip, and all 10 of the one-day collection.
    assertThat(SearchShape.scenesInSpan(spans, null, from, to))
        .isCloseTo(1_000_000 * 366 / 3_653.0 + 10, offset(1e-6));
    assertThat(SearchShape.scenesInSpan(spans, Set.of("one-day"), from, to)).isEqualTo(10);
    assertThat(SearchShape.scenesInSpan(spans, null, null, null)).isEqualTo(1_000_010);
    // Before everything, and after the one-day collection only.
    assertThat(SearchShape.scenesInSpan(spans, null, null, Instant.parse("2014-01-01T00:00:00Z")))
        .isZero();
    assertThat(
            SearchShape.scenesInSpan(
                spans, Set.of("one-day"), Instant.parse("2020-06-02T00:00:00Z"), null))
        .isZero();
  }
}
