package org.sightline.imagery.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The usable-scene rule, without a database. */
class UsabilityCriteriaTest {
  private static SceneCover cover(double fraction, Double cloudPct, Double gsdM) {
    return new SceneCover(
        "c",
        "i",
        Instant.parse("2021-03-01T02:00:00Z"),
        null,
        gsdM,
        cloudPct,
        fraction,
        "boundary");
  }

  @Test
  void defaultsAreNinetyPercentCoveredAndAtMostTwentyPercentCloud() {
    UsabilityCriteria defaults = UsabilityCriteria.of(null, null, null, false);
    assertThat(defaults).isEqualTo(new UsabilityCriteria(0.9, 20, null, false));
    assertThat(cover(0.9, 20.0, null).usable(defaults)).isTrue();
    assertThat(cover(0.5, 10.0, null).usable(defaults)).as("half covered is under 0.9").isFalse();
    assertThat(cover(1.0, 50.0, null).usable(defaults)).as("cloud 50 is over 20").isFalse();
    assertThat(cover(0.5, 10.0, null).usable(UsabilityCriteria.of(0.4, 20.0, null, false)))
        .isTrue();
  }

  @Test
  void unknownCloudCountsOnlyWhenAskedAndAGsdLimitNeedsAKnownGsd() {
    assertThat(cover(1.0, null, null).usable(UsabilityCriteria.of(null, null, null, false)))
        .isFalse();
    assertThat(cover(1.0, null, null).usable(UsabilityCriteria.of(null, null, null, true)))
        .isTrue();
    UsabilityCriteria fine = UsabilityCriteria.of(null, null, 10.0, false);
    assertThat(cover(1.0, 0.0, 10.0).usable(fine)).isTrue();
    assertThat(cover(1.0, 0.0, 10.5).usable(fine)).isFalse();
    assertThat(cover(1.0, 0.0, null).usable(fine)).as("unknown gsd under a gsd limit").isFalse();
  }

  @Test
  void limitsOutOfRangeAreRefusedWithTheirName() {
    assertThatThrownBy(() -> UsabilityCriteria.of(2.0, null, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minCoverage is a fraction 0..1, got 2.0");
    assertThatThrownBy(() -> UsabilityCriteria.of(null, 101.0, null, false))
        .hasMessage("maxCloud is a percentage 0..100, got 101.0");
    assertThatThrownBy(() -> UsabilityCriteria.of(null, null, 0.0, false))
        .hasMessage("maxGsd must be positive (metres), got 0.0");
  }
}
