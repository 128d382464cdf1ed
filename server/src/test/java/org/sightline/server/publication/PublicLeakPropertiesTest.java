package org.sightline.server.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.locationtech.jts.geom.Coordinate;
import org.sightline.geodata.publication.PlaceGeneraliser;
import org.sightline.server.publication.LeakWorld.CaseSpec;
import org.sightline.server.publication.LeakWorld.ClaimSpec;
import org.sightline.server.publication.LeakWorld.Fate;
import org.sightline.server.publication.LeakWorld.PlaceKind;
import org.sightline.server.publication.LeakWorld.PlaceSpec;
import org.sightline.server.publication.LeakWorld.PolicySpec;
import org.sightline.server.publication.LeakWorld.ReviewSpec;
import org.sightline.server.publication.LeakWorld.TimeKind;
import org.sightline.server.publication.LeakWorld.TimeSpec;

/**
 * The leak test (issue 15): random witnesses, testimonies, documents and claims created over the
 * HTTP API, random reviews (published by a second advocate, some withdrawn, some claims deleted
 * after), then a random redaction policy; after each case every public output ({@link
 * LeakWorld#publicOutputs}) is fetched anonymously and checked against everything created so far,
 * under the policy now in force: no restricted text, no claim or event that may not be public, no
 * position nearer any claim's true place than the policy's minimum distance or off its grid, no
 * date more precise than the policy or the source, no event below the policy's level. One
 * application and one database for the whole class ({@link LeakWorld}). How to run it, and what it
 * found: docs/PUBLICATION.md, "The leak test".
 */
@Tag("postgis")
class PublicLeakPropertiesTest {
  /** The generated cases of a run; at least 200 (issue 15). */
  static final int TRIES = 200;

  private static LeakWorld world;

  @BeforeContainer
  static void start() throws Exception {
    world = LeakWorld.start();
  }

  @AfterContainer
  static void stop() throws Exception {
    if (world != null) {
      System.out.println(world.summary());
      world.close();
      world = null;
    }
  }

  @Property(tries = TRIES)
  void noPublicOutputLeaksAnythingThePolicyWithholds(@ForAll("cases") CaseSpec spec) {
    world.run(spec);
  }

  @Provide
  Arbitrary<CaseSpec> cases() {
    return Combinators.combine(
            sharing(),
            sharing(),
            sharing(),
            Arbitraries.of("none", "anonymised", "attributable"),
            Arbitraries.integers().between(0, 999), // where the case's places are, see LeakWorld
            claims().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(Fate.UNREVIEWED, Fate.PUBLISHED, Fate.PUBLISHED, Fate.WITHDRAWN),
            policies())
        .as(CaseSpec::new);
  }

  /** Shareable more often than not, so that many claims can be public at all. */
  static Arbitrary<String> sharing() {
    return Arbitraries.frequency(
        Tuple.of(1, "staff-only"), Tuple.of(1, "corroboration-only"), Tuple.of(5, "shareable"));
  }

  static Arbitrary<ClaimSpec> claims() {
    Arbitrary<String> claimSharing =
        Arbitraries.frequency(
            Tuple.of(4, "inherit"),
            Tuple.of(1, "staff-only"),
            Tuple.of(1, "corroboration-only"),
            Tuple.of(3, "shareable"));
    // Few types and years, so that the claims of a case (and of cases near each other) corroborate.
    Arbitrary<String> types =
        Arbitraries.frequency(
            Tuple.of(4, "execution"),
            Tuple.of(3, "forced-labour"),
            Tuple.of(1, "torture"),
            Tuple.of(1, "starvation"));
    Arbitrary<ReviewSpec> reviews =
        Combinators.combine(
                Arbitraries.of(
                    Fate.UNREVIEWED,
                    Fate.SUBMITTED,
                    Fate.PUBLISHED,
                    Fate.PUBLISHED,
                    Fate.PUBLISHED,
                    Fate.WITHDRAWN,
                    Fate.DELETED),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(ReviewSpec::new);
    return Combinators.combine(
            Arbitraries.of(false, false, true), types, times(), places(), claimSharing, reviews)
        .as(ClaimSpec::new);
  }

  static Arbitrary<TimeSpec> times() {
    return Combinators.combine(
            Arbitraries.of(TimeKind.class),
            Arbitraries.integers().between(1990, 1999),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(1, 30))
        .as(TimeSpec::new);
  }

  static Arbitrary<PlaceSpec> places() {
    return Combinators.combine(
            Arbitraries.of(PlaceKind.class),
            Arbitraries.integers().between(-4000, 4000),
            Arbitraries.integers().between(-4000, 4000),
            Arbitraries.integers().between(0, 3000),
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(true, false))
        .as(PlaceSpec::new);
  }

  static Arbitrary<PolicySpec> policies() {
    Arbitrary<Integer> grids =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.integers().between(100, 1000)),
            Tuple.of(3, Arbitraries.integers().between(1000, 5000)),
            Tuple.of(1, Arbitraries.just(2000)),
            Tuple.of(1, Arbitraries.integers().between(5000, 100_000)));
    return Combinators.combine(
            Arbitraries.of("single-source", "corroborated", "strongly-corroborated"),
            Arbitraries.of("facility", "zone", "grid"),
            grids,
            Arbitraries.doubles().between(0, 0.5).ofScale(3),
            Arbitraries.of("month", "year"),
            Arbitraries.of(true, true, false),
            Arbitraries.of("marked-only", "marked-only", "never"))
        .as(
            (level, place, grid, fraction, dates, consent, text) ->
                new PolicySpec(
                    level,
                    place,
                    grid,
                    (int) Math.floor(grid / 2 * fraction),
                    dates,
                    consent,
                    text));
  }

  /**
   * Found by the property (seed 6358691391111761003, case 122, shrunk to this one claim): a claim
   * for which no position kept the policy's distances was not withheld but shown with an empty
   * geometry, its type, time and publication date public. The case as shrunk: a published claim
   * inside an unpublished facility's zone, staff-only witness, on a 679 m grid with 148 m minimum.
   * Whether a place has a position depends on the claims around it, so this replays the case; the
   * property checks every feature for a position.
   */
  @Example
  void aPlaceWithNoAllowedPositionIsWithheldNotShownWithoutOne() {
    CaseSpec spec =
        new CaseSpec(
            "staff-only",
            "staff-only",
            "staff-only",
            "none",
            0,
            List.of(
                new ClaimSpec(
                    false,
                    "execution",
                    new TimeSpec(TimeKind.DAY, 1990, 1, 1, 1),
                    new PlaceSpec(PlaceKind.FACILITY, -6, 7, 99, 6, true),
                    "shareable",
                    new ReviewSpec(Fate.PUBLISHED, false, true))),
            Fate.PUBLISHED,
            new PolicySpec("corroborated", "grid", 679, 148, "year", false, "never"));
    world.run(spec); // checks every public output
  }

  // --- regression fixtures: the counterexamples the property found, as named cases ------------

  /**
   * Found by the property (an event, and in another run a claim, shown 52-84 m from the true place
   * of a claim that was not its own, under minimum distances of 73 and 96 m): a public place was
   * kept away only from its own true places, so a grid cell's centre could sit on another witness's
   * exact point. Here: a public claim 700 m east of its cell's centre, and a staff-only claim of
   * the same witness exactly at that centre. The public claim must not be shown there.
   */
  @Example
  void aPublicPlaceIsNeverShownOnAnotherClaimsTruePlace() {
    int anchorIndex = 899;
    Coordinate anchor = LeakWorld.anchor(anchorIndex);
    Coordinate centre = PlaceGeneraliser.cellOf(anchor.x, anchor.y, 2000).centre();
    int eastM =
        (int) Math.round((centre.x - anchor.x) * 111_320.0 * Math.cos(Math.toRadians(anchor.y)));
    int northM = (int) Math.round((centre.y - anchor.y) * 111_132.0);
    TimeSpec june1995 = new TimeSpec(TimeKind.MONTH, 1995, 6, 1, 1);
    ClaimSpec shown =
        new ClaimSpec(
            false,
            "torture",
            june1995,
            new PlaceSpec(PlaceKind.POINT, eastM + 700, northM, 0, 0, false),
            "shareable",
            new ReviewSpec(Fate.PUBLISHED, false, true));
    ClaimSpec hidden =
        new ClaimSpec(
            false,
            "starvation",
            new TimeSpec(TimeKind.YEAR, 1991, 1, 1, 1),
            new PlaceSpec(PlaceKind.POINT, eastM, northM, 0, 0, false),
            "staff-only",
            new ReviewSpec(Fate.UNREVIEWED, false, true));
    CaseSpec spec =
        new CaseSpec(
            "shareable",
            "shareable",
            "shareable",
            "anonymised",
            anchorIndex,
            List.of(shown, hidden),
            Fate.UNREVIEWED,
            new PolicySpec("corroborated", "grid", 2000, 500, "month", true, "marked-only"));
    LeakWorld.CaseRun run = world.run(spec); // checks every public output
    assertThat(world.isPublic(run.claims().get(0))).isTrue();
  }
}
