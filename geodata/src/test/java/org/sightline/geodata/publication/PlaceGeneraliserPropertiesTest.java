package org.sightline.geodata.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.locationtech.jts.geom.Coordinate;
import org.sightline.geodata.geom.Measures;
import org.sightline.geodata.publication.PlaceGeneraliser.GridCell;
import org.sightline.geodata.publication.PlaceGeneraliser.Item;

/**
 * The grid and the public positions over random places around the Korean peninsula (longitude 124
 * to 131, latitude 37 to 43), grids of 100 m to 100 km and minimum distances up to half the grid.
 */
class PlaceGeneraliserPropertiesTest {
  /** What rounding to 1e-6° may move a public anchor by, in degrees. */
  private static final double ROUNDING = 5e-7 + 1e-12;

  /** Places to position with a policy's grid and minimum distance. */
  record Scenario(int gridSizeM, double minimumDistanceM, List<Item> items) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      s.append("grid ").append(gridSizeM).append(" m, minimum ").append(minimumDistanceM);
      for (Item item : items) {
        s.append("\n  ").append(item);
      }
      return s.toString();
    }
  }

  private static Coordinate offset(Coordinate c, double eastM, double northM) {
    return PlaceGeneraliserTest.offset(c, eastM, northM);
  }

  private static Arbitrary<Coordinate> koreanPoints() {
    return Combinators.combine(
            Arbitraries.doubles().between(124, 131).ofScale(7),
            Arbitraries.doubles().between(37, 43).ofScale(7))
        .as(Coordinate::new);
  }

  /** Offsets in grid cells, so that places share cells and fall near each other. */
  private static Arbitrary<Double> cells(double max) {
    return Arbitraries.doubles().between(-max, max).ofScale(4);
  }

  /** A restricted point: the anchor itself (the true place), or one near it. */
  private static Arbitrary<Coordinate> restrictedNear(Coordinate anchor, int gridSizeM) {
    Arbitrary<Coordinate> near =
        Combinators.combine(cells(1.2), cells(1.2))
            .as((dx, dy) -> offset(anchor, dx * gridSizeM, dy * gridSizeM));
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(anchor)), Tuple.of(3, near));
  }

  private static Arbitrary<Scenario> scenarios(int maxItems, int maxRestricted) {
    Arbitrary<Integer> grids =
        Arbitraries.oneOf(
            Arbitraries.integers().between(100, 100_000),
            Arbitraries.of(100, 101, 1000, 2000, 100_000));
    return Combinators.combine(grids, koreanPoints())
        .flatAs(
            (grid, base) -> {
              Arbitrary<Double> minimum =
                  Arbitraries.oneOf(
                      Arbitraries.doubles().between(0, grid / 2.0).ofScale(2),
                      Arbitraries.of(0.0, grid / 2.0, Math.floor(grid / 2.0)));
              Arbitrary<Item> item =
                  Combinators.combine(cells(1.5), cells(1.5), Arbitraries.of(true, false))
                      .flatAs(
                          (dx, dy, isPublic) -> {
                            Coordinate anchor = offset(base, dx * grid, dy * grid);
                            return restrictedNear(anchor, grid)
                                .list()
                                .ofMaxSize(maxRestricted)
                                .map(r -> new Item("", anchor, isPublic, r));
                          });
              return Combinators.combine(minimum, item.list().ofMinSize(1).ofMaxSize(maxItems))
                  .as((min, list) -> new Scenario(grid, min, keyed(list)));
            });
  }

  private static List<Item> keyed(List<Item> items) {
    List<Item> keyed = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      Item item = items.get(k);
      // Keys not in the order given, so that the order given and the keys' order differ.
      String key = String.format("item-%02d", (k * 7 + 3) % 17 + 17 * (k / 17));
      keyed.add(new Item(key, item.anchor(), item.anchorIsPublic(), item.restricted()));
    }
    return keyed;
  }

  /** Each item with at most one restricted point, for which the rules always leave a position. */
  @Provide
  Arbitrary<Scenario> singlePointScenarios() {
    return scenarios(10, 1);
  }

  /** Items with several restricted points (an event and its claims). */
  @Provide
  Arbitrary<Scenario> severalPointScenarios() {
    return scenarios(5, 4);
  }

  private static Coordinate firstPosition(Item item, GridCell cell) {
    return PlaceGeneraliser.rounded(item.anchorIsPublic() ? item.anchor() : cell.centre());
  }

  /** Every documented rule, for every item of {@code s}. */
  private static void assertKeepsTheRules(Scenario s, Map<String, Coordinate> placed) {
    assertThat(placed.keySet())
        .containsExactlyElementsOf(s.items().stream().map(Item::key).toList());
    assertKeepsTheRulesWherePlaced(s, placed);
  }

  /** Every rule holds for the places given a position (withheld ones have none). */
  private static void assertKeepsTheRulesWherePlaced(Scenario s, Map<String, Coordinate> placed) {
    assertThat(s.items().stream().map(Item::key).toList()).containsAll(placed.keySet());
    for (Item item : s.items()) {
      if (!placed.containsKey(item.key())) {
        continue;
      }
      Coordinate position = placed.get(item.key());
      GridCell cell = PlaceGeneraliser.cellOf(item.anchor().x, item.anchor().y, s.gridSizeM());
      // Inside the anchor's cell (a public anchor may be rounded onto the cell's edge).
      assertThat(position.x)
          .as(item.key())
          .isBetween(cell.west() - ROUNDING, cell.east() + ROUNDING);
      assertThat(position.y)
          .as(item.key())
          .isBetween(cell.south() - ROUNDING, cell.north() + ROUNDING);
      if (!position.equals2D(PlaceGeneraliser.rounded(item.anchor()))) {
        assertThat(PlaceGeneraliser.cellOf(position.x, position.y, s.gridSizeM()).key())
            .as(item.key())
            .isEqualTo(cell.key());
      }
      assertThat(Math.round(position.x * 1e6) / 1e6).isEqualTo(position.x);
      assertThat(Math.round(position.y * 1e6) / 1e6).isEqualTo(position.y);
      Coordinate first = firstPosition(item, cell);
      for (Coordinate point : item.restricted()) {
        double distanceM = Measures.distanceM(position, point);
        assertThat(distanceM)
            .as("%s from %s", item.key(), point)
            .isGreaterThanOrEqualTo(s.minimumDistanceM());
        // Spreading never moves a place towards a restricted point.
        assertThat(distanceM)
            .as("%s from %s, against the cell's first position", item.key(), point)
            .isGreaterThanOrEqualTo(Measures.distanceM(first, point));
      }
    }
  }

  /**
   * The first item of a cell (by key) whose public anchor is far enough is shown at that anchor,
   * and so is any later one unless an earlier item of the cell already stands there.
   */
  private static void assertPublicAnchorsFarEnoughAreUsedAsIs(
      Scenario s, Map<String, Coordinate> placed) {
    for (Item item : s.items()) {
      Coordinate anchor = PlaceGeneraliser.rounded(item.anchor());
      if (!item.anchorIsPublic() || !farEnough(anchor, item, s.minimumDistanceM())) {
        continue;
      }
      String cell = PlaceGeneraliser.cellOf(item.anchor().x, item.anchor().y, s.gridSizeM()).key();
      boolean takenBefore =
          s.items().stream()
              .anyMatch(
                  other ->
                      other.key().compareTo(item.key()) < 0
                          && PlaceGeneraliser.cellOf(
                                  other.anchor().x, other.anchor().y, s.gridSizeM())
                              .key()
                              .equals(cell)
                          && placed.get(other.key()).equals2D(anchor));
      if (!takenBefore) {
        assertThat(placed.get(item.key())).as(item.key()).isEqualTo(anchor);
      }
    }
  }

  private static boolean farEnough(Coordinate position, Item item, double minimumDistanceM) {
    for (Coordinate point : item.restricted()) {
      if (Measures.distanceM(position, point) < minimumDistanceM + PlaceGeneraliser.MARGIN_M) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 300)
  void everyPositionIsInItsAnchorsCellFarEnoughAndNeverMovedTowardsARestrictedPoint(
      @ForAll("singlePointScenarios") Scenario s) {
    Map<String, Coordinate> placed =
        PlaceGeneraliser.place(s.items(), s.gridSizeM(), s.minimumDistanceM());
    assertKeepsTheRules(s, placed);
    assertPublicAnchorsFarEnoughAreUsedAsIs(s, placed);
    Statistics.label("moved off the first position")
        .collect(
            s.items().stream()
                .anyMatch(
                    i ->
                        !placed
                            .get(i.key())
                            .equals2D(
                                firstPosition(
                                    i,
                                    PlaceGeneraliser.cellOf(
                                        i.anchor().x, i.anchor().y, s.gridSizeM())))));
  }

  /**
   * With several restricted points an item may have no position that keeps both rules: it is then
   * withheld (never shown too near); every place shown keeps every rule.
   */
  @Property(tries = 200)
  void withSeveralRestrictedPointsTheRulesHoldOrThePlaceIsWithheld(
      @ForAll("severalPointScenarios") Scenario s) {
    Map<String, Coordinate> placed =
        PlaceGeneraliser.place(s.items(), s.gridSizeM(), s.minimumDistanceM());
    Statistics.label("withheld").collect(placed.size() < s.items().size());
    assertKeepsTheRulesWherePlaced(s, placed);
  }

  @Property(tries = 200)
  void theSamePlacesInAnyOrderGetTheSamePositions(
      @ForAll("singlePointScenarios") Scenario s, @ForAll Random random) {
    Map<String, Coordinate> placed =
        PlaceGeneraliser.place(s.items(), s.gridSizeM(), s.minimumDistanceM());
    List<Item> shuffled = new ArrayList<>(s.items());
    Collections.shuffle(shuffled, random);
    Map<String, Coordinate> again =
        PlaceGeneraliser.place(shuffled, s.gridSizeM(), s.minimumDistanceM());
    assertThat(again).isEqualTo(placed);
    assertThat(again.keySet()).containsExactlyElementsOf(shuffled.stream().map(Item::key).toList());
    assertThat(PlaceGeneraliser.place(s.items(), s.gridSizeM(), s.minimumDistanceM()))
        .isEqualTo(placed);
  }

  /** Places in one cell, anchors anywhere in it, none restricted; some anchors public. */
  @Property(tries = 200)
  void stackedPlacesGetDistinctPositionsWhileTheLatticeLasts(
      @ForAll("koreanPoints") Coordinate point,
      @ForAll @IntRange(min = 100, max = 100_000) int gridSizeM,
      @ForAll @IntRange(min = 1, max = 60) int count,
      @ForAll @DoubleRange(min = 0, max = 1) double publicShare,
      @ForAll Random random) {
    GridCell cell = PlaceGeneraliser.cellOf(point.x, point.y, gridSizeM);
    List<Item> items = new ArrayList<>();
    int publicAnchors = 0;
    for (int k = 0; k < count; k++) {
      boolean isPublic = count <= 49 && random.nextDouble() < publicShare;
      publicAnchors += isPublic ? 1 : 0;
      Coordinate anchor =
          cell.at(0.01 + 0.98 * random.nextDouble(), 0.01 + 0.98 * random.nextDouble());
      items.add(new Item("p" + k, anchor, isPublic, List.of()));
    }
    Map<String, Coordinate> placed = PlaceGeneraliser.place(items, gridSizeM, gridSizeM / 2.0);
    assertThat(new HashSet<>(placed.values())).hasSize(Math.min(count, 49));
    Statistics.label("public anchors").collect(publicAnchors > 0);
  }

  /** Each place's true place far away (at least two cells): half the lattice is always left. */
  @Property(tries = 200)
  void stackedPlacesWithDistantRestrictedPointsGetDistinctPositions(
      @ForAll("koreanPoints") Coordinate point,
      @ForAll @IntRange(min = 100, max = 100_000) int gridSizeM,
      @ForAll @IntRange(min = 1, max = 20) int count,
      @ForAll Random random) {
    GridCell cell = PlaceGeneraliser.cellOf(point.x, point.y, gridSizeM);
    List<Item> items = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      double angle = random.nextDouble() * 2 * Math.PI;
      double distanceM = gridSizeM * (2 + 3 * random.nextDouble());
      Coordinate far =
          offset(cell.centre(), distanceM * Math.cos(angle), distanceM * Math.sin(angle));
      Coordinate anchor =
          cell.at(0.01 + 0.98 * random.nextDouble(), 0.01 + 0.98 * random.nextDouble());
      items.add(new Item("p" + k, anchor, false, List.of(far)));
    }
    Map<String, Coordinate> placed = PlaceGeneraliser.place(items, gridSizeM, gridSizeM / 2.0);
    assertThat(new HashSet<>(placed.values())).hasSize(count);
  }

  @Provide
  Arbitrary<Coordinate> koreanPoints30To45() {
    return Combinators.combine(
            Arbitraries.doubles().between(124, 131).ofScale(7),
            Arbitraries.doubles().between(30, 45).ofScale(7))
        .as(Coordinate::new);
  }

  @Provide("koreanPoints")
  Arbitrary<Coordinate> providedKoreanPoints() {
    return koreanPoints();
  }

  @Property(tries = 500)
  void theCellHoldsThePointAndIsAboutTheGridSizeWideAndTall(
      @ForAll("koreanPoints30To45") Coordinate point,
      @ForAll @IntRange(min = 100, max = 100_000) int gridSizeM) {
    GridCell cell = PlaceGeneraliser.cellOf(point.x, point.y, gridSizeM);
    assertThat(point.y).isGreaterThanOrEqualTo(cell.south()).isLessThan(cell.north());
    assertThat(point.x).isGreaterThanOrEqualTo(cell.west()).isLessThan(cell.east());
    double middle = (cell.south() + cell.north()) / 2;
    double wideM =
        Measures.distanceM(
            new Coordinate(cell.west(), middle), new Coordinate(cell.east(), middle));
    double tallM =
        Measures.distanceM(
            new Coordinate(point.x, cell.south()), new Coordinate(point.x, cell.north()));
    assertThat(wideM).isCloseTo(gridSizeM, within(gridSizeM * 0.01));
    assertThat(tallM).isCloseTo(gridSizeM, within(gridSizeM * 0.01));
    // The cell of its centre is itself.
    assertThat(PlaceGeneraliser.cellOf(cell.centre().x, cell.centre().y, gridSizeM))
        .isEqualTo(cell);
  }
}
