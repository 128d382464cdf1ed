package org.sightline.geodata.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.sightline.geodata.geom.Measures;
import org.sightline.geodata.publication.PlaceGeneraliser.GridCell;
import org.sightline.geodata.publication.PlaceGeneraliser.Item;

/** Worked examples of the grid and of placing: the cell centre, public anchors, spreading. */
class PlaceGeneraliserTest {
  /** Near Yodok. */
  private static final double LON = 127.03;

  private static final double LAT = 39.73;

  /** {@code c} moved {@code eastM} metres east and {@code northM} north (small distances). */
  static Coordinate offset(Coordinate c, double eastM, double northM) {
    return new Coordinate(
        c.x
            + eastM
                / (PlaceGeneraliser.METRES_PER_DEGREE_LON_EQUATOR * Math.cos(Math.toRadians(c.y))),
        c.y + northM / PlaceGeneraliser.METRES_PER_DEGREE_LAT);
  }

  private static Item hidden(String key, Coordinate truePlace) {
    return new Item(key, truePlace, false, List.of(truePlace));
  }

  @Test
  void theCellHoldsThePointAndIsAboutTheGridSize() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 2000);
    assertThat(LAT).isBetween(cell.south(), cell.north());
    assertThat(LON).isBetween(cell.west(), cell.east());
    double middle = (cell.south() + cell.north()) / 2;
    assertThat(
            Measures.distanceM(
                new Coordinate(cell.west(), middle), new Coordinate(cell.east(), middle)))
        .isCloseTo(2000, within(10.0));
    assertThat(
            Measures.distanceM(
                new Coordinate(LON, cell.south()), new Coordinate(LON, cell.north())))
        .isCloseTo(2000, within(10.0));
    assertThat(cell.key()).isEqualTo(cell.row() + ":" + cell.column());
    assertThat(cell.centre()).isEqualTo(cell.at(0.5, 0.5));
    assertThat(cell.at(0, 0)).isEqualTo(new Coordinate(cell.west(), cell.south()));
    assertThat(cell.at(1, 1)).isEqualTo(new Coordinate(cell.east(), cell.north()));
  }

  @Test
  void cellsAreFlooredAcrossZero() {
    GridCell cell = PlaceGeneraliser.cellOf(-0.0001, -0.0001, 1000);
    assertThat(cell.row()).isEqualTo(-1);
    assertThat(cell.column()).isEqualTo(-1);
    assertThat(cell.north()).isEqualTo(0.0);
    assertThat(cell.east()).isEqualTo(0.0);
    assertThat(PlaceGeneraliser.cellOf(0, 0, 1000).key()).isEqualTo("0:0");
  }

  @Test
  void pointsInOneCellShareItAndTheCentreIsInIt() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 5000);
    assertThat(PlaceGeneraliser.cellOf(cell.centre().x, cell.centre().y, 5000)).isEqualTo(cell);
    Coordinate corner = cell.at(0.01, 0.99);
    assertThat(PlaceGeneraliser.cellOf(corner.x, corner.y, 5000)).isEqualTo(cell);
  }

  @Test
  void noPositionComesNearAnotherAccountsTruePlace() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 2000);
    Coordinate truePlace = cell.at(0.1, 0.1); // about 1100 m from the centre
    Coordinate someoneElse = cell.centre(); // another witness's point, at the centre
    Coordinate neighbourRow = offset(cell.centre(), 0, 1100); // in the row to the north
    Map<String, Coordinate> placed =
        PlaceGeneraliser.place(
            List.of(hidden("a", truePlace)), 2000, 500, List.of(someoneElse, neighbourRow));
    Coordinate at = placed.get("a");
    assertThat(Measures.distanceM(at, someoneElse)).isGreaterThanOrEqualTo(501);
    assertThat(Measures.distanceM(at, neighbourRow)).isGreaterThanOrEqualTo(501);
    assertThat(Measures.distanceM(at, truePlace)).isGreaterThanOrEqualTo(501);
    assertThat(PlaceGeneraliser.cellOf(at.x, at.y, 2000)).isEqualTo(cell);
    // Without them, the centre.
    assertThat(PlaceGeneraliser.place(List.of(hidden("a", truePlace)), 2000, 500, List.of()))
        .containsExactly(Map.entry("a", PlaceGeneraliser.rounded(cell.centre())));
  }

  @Test
  void aHiddenPlaceFarFromTheCentreIsPutAtTheCentre() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 2000);
    Coordinate truePlace = cell.at(0.1, 0.1); // about 1100 m from the centre
    Map<String, Coordinate> placed =
        PlaceGeneraliser.place(List.of(hidden("a", truePlace)), 2000, 500);
    assertThat(placed).containsExactly(Map.entry("a", PlaceGeneraliser.rounded(cell.centre())));
  }

  @Test
  void aHiddenPlaceNearTheCentreIsMovedAwayInsideItsCell() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 2000);
    Coordinate truePlace = offset(cell.centre(), 100, -50);
    Coordinate position =
        PlaceGeneraliser.place(List.of(hidden("a", truePlace)), 2000, 1000).get("a");
    assertThat(Measures.distanceM(position, truePlace)).isGreaterThanOrEqualTo(1000);
    assertThat(position.x).isBetween(cell.west(), cell.east());
    assertThat(position.y).isBetween(cell.south(), cell.north());
  }

  @Test
  void aPublicAnchorFarEnoughIsUsedAsIs() {
    Coordinate facility = new Coordinate(127.0312345678, 39.7312345678);
    Coordinate truePlace = offset(facility, 800, 300);
    Map<String, Coordinate> placed =
        PlaceGeneraliser.place(
            List.of(new Item("claim-1", facility, true, List.of(truePlace))), 2000, 500);
    assertThat(placed).containsExactly(Map.entry("claim-1", new Coordinate(127.031235, 39.731235)));
  }

  @Test
  void aPublicAnchorTooNearIsNotUsed() {
    Coordinate facility = new Coordinate(LON, LAT);
    Coordinate truePlace = offset(facility, 200, 0);
    Coordinate position =
        PlaceGeneraliser.place(
                List.of(new Item("claim-1", facility, true, List.of(truePlace))), 2000, 500)
            .get("claim-1");
    assertThat(position).isNotEqualTo(PlaceGeneraliser.rounded(facility));
    assertThat(Measures.distanceM(position, truePlace)).isGreaterThanOrEqualTo(500);
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 2000);
    assertThat(position.x).isBetween(cell.west(), cell.east());
    assertThat(position.y).isBetween(cell.south(), cell.north());
  }

  @Test
  void stackedPlacesAreSpreadInTheOrderOfTheirKeysAndGivenBackInTheOrderGiven() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 2000);
    Item c = new Item("c", cell.at(0.2, 0.3), false, List.of());
    Item a = new Item("a", cell.at(0.7, 0.6), false, List.of());
    Item b = new Item("b", cell.at(0.4, 0.9), false, List.of());
    Map<String, Coordinate> placed = PlaceGeneraliser.place(List.of(c, a, b), 2000, 0);
    assertThat(placed.keySet()).containsExactly("c", "a", "b");
    List<Coordinate> lattice = PlaceGeneraliser.lattice(cell);
    assertThat(placed.get("a")).isEqualTo(PlaceGeneraliser.rounded(cell.centre()));
    // The centre is the lattice's first position too, so the next ones are its second and third.
    assertThat(placed.get("b")).isEqualTo(lattice.get(1));
    assertThat(placed.get("c")).isEqualTo(lattice.get(2));
  }

  @Test
  void moreStackedPlacesThanPositionsShareTheCentre() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 1000);
    List<Item> items = new ArrayList<>();
    for (int k = 0; k < 60; k++) {
      items.add(new Item(String.format("p%02d", k), cell.at(0.5, 0.5), false, List.of()));
    }
    Map<String, Coordinate> placed = PlaceGeneraliser.place(items, 1000, 200);
    assertThat(new HashSet<>(placed.values())).hasSize(49);
    for (int k = 49; k < 60; k++) {
      assertThat(placed.get(String.format("p%02d", k)))
          .isEqualTo(PlaceGeneraliser.rounded(cell.centre()));
    }
  }

  @Test
  void theLatticeIsSevenBySevenInsideTheCellCentreFirst() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 3000);
    List<Coordinate> lattice = PlaceGeneraliser.lattice(cell);
    assertThat(lattice).hasSize(49).doesNotHaveDuplicates();
    assertThat(lattice.get(0)).isEqualTo(PlaceGeneraliser.rounded(cell.centre()));
    for (Coordinate c : lattice) {
      assertThat(c.x).isStrictlyBetween(cell.west(), cell.east());
      assertThat(c.y).isStrictlyBetween(cell.south(), cell.north());
    }
    // Nearest the centre first.
    Coordinate centre = cell.centre();
    for (int k = 1; k < lattice.size(); k++) {
      assertThat(Measures.distanceM(lattice.get(k), centre))
          .isGreaterThanOrEqualTo(Measures.distanceM(lattice.get(k - 1), centre) - 10);
    }
  }

  @Test
  void coordinatesAreRoundedToAMillionthOfADegree() {
    assertThat(PlaceGeneraliser.rounded(new Coordinate(127.12345649, 39.98765451)))
        .isEqualTo(new Coordinate(127.123456, 39.987655));
  }

  @Test
  void noItemsGiveNoPositions() {
    assertThat(PlaceGeneraliser.place(List.of(), 2000, 500)).isEmpty();
  }

  /**
   * Several restricted points around a cell can leave no lattice position both far enough and no
   * nearer to each point than the centre: the place is refused rather than shown too near.
   */
  @Test
  void whenNoPositionKeepsBothRulesThePlaceIsWithheld() {
    GridCell cell = PlaceGeneraliser.cellOf(LON, LAT, 2000);
    Coordinate centre = cell.centre();
    List<Coordinate> restricted =
        List.of(
            offset(centre, 10, 10),
            offset(centre, 1100, 1100),
            offset(centre, -1100, 1100),
            offset(centre, 1100, -1100),
            offset(centre, -1100, -1100));
    Item event = new Item("event-1", centre, false, restricted);
    Item other = new Item("claim-2", offset(centre, 300, 0), false, List.of());
    assertThat(PlaceGeneraliser.place(List.of(event, other), 2000, 500))
        .containsOnlyKeys("claim-2");
  }
}
