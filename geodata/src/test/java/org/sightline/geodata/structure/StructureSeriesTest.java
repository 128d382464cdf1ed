package org.sightline.geodata.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sightline.geodata.structure.StructureFixtures.at;
import static org.sightline.geodata.structure.StructureFixtures.cloud;
import static org.sightline.geodata.structure.StructureFixtures.drawn;
import static org.sightline.geodata.structure.StructureFixtures.observation;
import static org.sightline.geodata.structure.StructureFixtures.rect;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * The time series of a small facility, counted by hand: a 200 x 200 m boundary (40,000 m²), three
 * 10 x 20 m housing blocks, a 5 x 5 m guard post and a 800 m fence in scene 1; five blocks (and a
 * razed one), two posts and the fence redrawn as a 260 x 200 m polygon (920 m) in scene 2.
 */
class StructureSeriesTest {
  private static final Geometry BOUNDARY = at(rect(0, 0, 200, 200));

  private static List<Observation> camp() {
    return List.of(
        observation(
            2,
            "2013-02-12",
            rect(-100, -100, 250, 400), // x < 150: the boundary's east quarter is outside
            List.of(
                drawn(11, StructureClass.PRISONER_HOUSING, rect(20, 20, 10, 20)),
                drawn(12, StructureClass.PRISONER_HOUSING, rect(40, 20, 10, 20)),
                drawn(13, StructureClass.PRISONER_HOUSING, rect(60, 20, 10, 20)),
                drawn(14, StructureClass.PRISONER_HOUSING, rect(80, 20, 10, 20)),
                drawn(15, StructureClass.PRISONER_HOUSING, rect(100, 20, 10, 20)),
                drawn(
                    16,
                    StructureClass.PRISONER_HOUSING,
                    StructureCondition.RAZED,
                    rect(120, 20, 10, 20)),
                drawn(17, StructureClass.GUARD_POST, rect(0, 0, 5, 5)),
                drawn(18, StructureClass.GUARD_POST, rect(195, 195, 5, 5)),
                drawn(19, StructureClass.PERIMETER, rect(0, 0, 260, 200))),
            cloud(rect(0, 0, 50, 50))), // 2,500 m² more: 10,000 + 2,500 of 40,000
        observation(
            1,
            "2011-06-19",
            List.of(
                drawn(1, StructureClass.PRISONER_HOUSING, rect(20, 20, 10, 20)),
                drawn(2, StructureClass.PRISONER_HOUSING, rect(40, 20, 10, 20)),
                drawn(3, StructureClass.PRISONER_HOUSING, rect(60, 20, 10, 20)),
                drawn(4, StructureClass.GUARD_POST, rect(0, 0, 5, 5)),
                drawn(5, StructureClass.PERIMETER, "LINESTRING (0 0, 200 0, 200 200, 0 200, 0 0)")),
            cloud(rect(150, 0, 50, 200)))); // 10,000 of 40,000 m²
  }

  private static Map<StructureClass, Integer> counts(int housing, int posts, int perimeter) {
    Map<StructureClass, Integer> counts = new EnumMap<>(StructureClass.class);
    for (StructureClass structureClass : StructureClass.values()) {
      counts.put(structureClass, 0);
    }
    counts.put(StructureClass.PRISONER_HOUSING, housing);
    counts.put(StructureClass.GUARD_POST, posts);
    counts.put(StructureClass.PERIMETER, perimeter);
    return counts;
  }

  private static void checkArea(SeriesPoint point, StructureClass structureClass, double sqm) {
    if (sqm == 0) {
      assertThat(point.builtUpAreaSqm().get(structureClass)).isZero();
    } else {
      assertThat(point.builtUpAreaSqm().get(structureClass)).isCloseTo(sqm, within(sqm * 0.005));
    }
  }

  @Test
  void onePointPerObservationCountedByHand() {
    List<SeriesPoint> series = StructureSeries.of(camp(), date -> BOUNDARY);
    assertThat(series).extracting(SeriesPoint::observationId).containsExactly(1L, 2L);

    SeriesPoint first = series.get(0);
    assertThat(first.sceneId()).isEqualTo("S1");
    assertThat(first.sceneDate()).isEqualTo(LocalDate.parse("2011-06-19"));
    assertThat(first.counts()).isEqualTo(counts(3, 1, 1));
    assertThat(first.builtUpAreaSqm()).hasSize(StructureClass.values().length);
    checkArea(first, StructureClass.PRISONER_HOUSING, 600);
    checkArea(first, StructureClass.GUARD_POST, 25);
    checkArea(first, StructureClass.PERIMETER, 0); // a line has no area
    checkArea(first, StructureClass.MINING, 0);
    assertThat(first.perimeterLengthM()).isCloseTo(800, within(4.0));
    assertThat(first.notAssessableShare()).isCloseTo(0.25, within(0.001));

    SeriesPoint second = series.get(1);
    assertThat(second.counts()).isEqualTo(counts(5, 2, 1)); // the razed block is not counted
    checkArea(second, StructureClass.PRISONER_HOUSING, 1000);
    checkArea(second, StructureClass.GUARD_POST, 50);
    checkArea(second, StructureClass.PERIMETER, 52_000);
    assertThat(second.perimeterLengthM()).isCloseTo(920, within(4.6));
    assertThat(second.notAssessableShare()).isCloseTo(0.3125, within(0.001));
  }

  @Test
  void withoutABoundaryTheAreaIsTheWidenedHullOfTheDrawings() {
    // Two 10 m huts 80 m apart: hull 100 x 10 m, widened 10 m, symmetric about x = 50; a cloud
    // over x < 50 hides half of it.
    List<SeriesPoint> series =
        StructureSeries.of(
            List.of(
                observation(
                    1,
                    "2011-06-19",
                    List.of(
                        drawn(1, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 10)),
                        drawn(2, StructureClass.PRISONER_HOUSING, rect(90, 0, 10, 10))),
                    cloud(rect(-50, -50, 100, 150))),
                observation(2, "2013-02-12", List.of())),
            date -> null);
    assertThat(series.get(0).notAssessableShare()).isCloseTo(0.5, within(0.005));
    assertThat(series.get(1).notAssessableShare()).isZero();
    assertThat(series.get(1).counts().get(StructureClass.PRISONER_HOUSING)).isZero();
  }

  @Test
  void comparingTwoPointsCountsAndWordsTheChange() {
    List<SeriesPoint> series = StructureSeries.of(camp(), date -> BOUNDARY);
    StructureSeries.Comparison housing =
        StructureSeries.compare(series.get(0), series.get(1), StructureClass.PRISONER_HOUSING);
    assertThat(housing.fromCount()).isEqualTo(3);
    assertThat(housing.toCount()).isEqualTo(5);
    assertThat(housing.changePct()).isEqualTo(67);
    assertThat(housing.fromAreaSqm()).isCloseTo(600, within(3.0));
    assertThat(housing.toAreaSqm()).isCloseTo(1000, within(5.0));
    assertThat(housing.statement())
        .isEqualTo(
            new Statement(
                "Between 2011-06-19 and 2013-02-12 the number of housing units increased 67%, from"
                    + " 3 to 5.",
                "2011-06-19와 2013-02-12 사이에 주거동 수가 3동에서 5동으로 67% 늘었다."));

    StructureSeries.Comparison mining =
        StructureSeries.compare(series.get(0), series.get(1), StructureClass.MINING);
    assertThat(mining.changePct()).isNull();
    assertThat(mining.statement().en())
        .isEqualTo(
            "Between 2011-06-19 and 2013-02-12 the number of mining structures stayed at 0.");

    StructureSeries.PerimeterComparison perimeter =
        StructureSeries.comparePerimeter(series.get(0), series.get(1));
    assertThat(perimeter.changePct()).isEqualTo(15);
    assertThat(perimeter.statement())
        .isEqualTo(
            new Statement(
                "Between 2011-06-19 and 2013-02-12 the perimeter grew 15%, from 800 m to 920 m.",
                "2011-06-19와 2013-02-12 사이에 외곽 담장·울타리 길이가 800m에서 920m로 15% 늘었다."));
  }
}
