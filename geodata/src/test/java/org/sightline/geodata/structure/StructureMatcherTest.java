package org.sightline.geodata.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sightline.geodata.structure.StructureFixtures.at;
import static org.sightline.geodata.structure.StructureFixtures.rect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.structure.StructureMatcher.Candidate;
import org.sightline.geodata.structure.StructureMatcher.Match;
import org.sightline.geodata.structure.StructureMatcher.Pair;

/** Matching by IoU, hand-computed on rectangles written in metres. */
class StructureMatcherTest {
  private static final MetricProjection PROJECTION = MetricProjection.centredOn(at("POINT (0 0)"));
  private final StructureMatcher matcher = new StructureMatcher(MatchingParameters.DEFAULTS);

  /** A candidate from WKT in metres, placed on the ellipsoid and projected back. */
  private static Candidate candidate(long key, StructureClass structureClass, String wktMetres) {
    return new Candidate(key, structureClass, PROJECTION.project(at(wktMetres)));
  }

  private List<Match> match(List<Candidate> earlier, List<Candidate> current) {
    return matcher.match(earlier, current, Set.of());
  }

  private static void checkPairs(List<Match> matches, long... currentThenEarlier) {
    List<Pair> expected = new ArrayList<>();
    for (int i = 0; i < currentThenEarlier.length; i += 2) {
      expected.add(new Pair(currentThenEarlier[i], currentThenEarlier[i + 1]));
    }
    assertThat(matches.stream().map(m -> new Pair(m.currentKey(), m.earlierKey())).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aBuildingDigitizedTwoMetresOffIsTheSameStructure() {
    // 10 x 20 m, moved 2 m east: overlap 8 x 20 = 160, union 240, IoU 2/3.
    List<Match> matches =
        match(
            List.of(candidate(1, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 20))),
            List.of(candidate(2, StructureClass.PRISONER_HOUSING, rect(2, 0, 10, 20))));
    checkPairs(matches, 2, 1);
    assertThat(matches.get(0).iou()).isCloseTo(2.0 / 3, within(1e-3));
  }

  @Test
  void aFiveMetreGuardPostShiftedTwoMetresDiagonallyIsTheSamePost() {
    // 5 x 5 m, moved 2 m east and 2 m north: overlap 3 x 3 = 9, union 41, IoU 0.2195: above the
    // default 0.2, below the 0.3 the contract first had.
    Candidate before = candidate(1, StructureClass.GUARD_POST, rect(0, 0, 5, 5));
    Candidate after = candidate(2, StructureClass.GUARD_POST, rect(2, 2, 5, 5));
    List<Match> matches = match(List.of(before), List.of(after));
    checkPairs(matches, 2, 1);
    assertThat(matches.get(0).iou()).isCloseTo(9.0 / 41, within(1e-3));
    StructureMatcher strict =
        new StructureMatcher(new MatchingParameters(0.3, 0.6, 3, 0.2, 10, 0.9));
    assertThat(strict.match(List.of(before), List.of(after), Set.of())).isEmpty();
  }

  @Test
  void neighboursAreMatchedOneToOneBestFirst() {
    // A row of three 10 x 10 m huts 2 m apart, all redrawn 3 m east: each overlaps its own
    // (IoU 7/13) and the next one (1 x 10 m: IoU 10/190), so only their own are taken.
    List<Candidate> earlier =
        List.of(
            candidate(1, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 10)),
            candidate(2, StructureClass.PRISONER_HOUSING, rect(12, 0, 10, 10)),
            candidate(3, StructureClass.PRISONER_HOUSING, rect(24, 0, 10, 10)));
    List<Candidate> current =
        List.of(
            candidate(11, StructureClass.PRISONER_HOUSING, rect(3, 0, 10, 10)),
            candidate(12, StructureClass.PRISONER_HOUSING, rect(15, 0, 10, 10)),
            candidate(13, StructureClass.PRISONER_HOUSING, rect(27, 0, 10, 10)));
    List<Match> matches = match(earlier, current);
    assertThat(matches).hasSize(3);
    assertThat(matches).allSatisfy(m -> assertThat(m.iou()).isCloseTo(7.0 / 13, within(1e-3)));
    // Equal IoUs up to the projection's last digits: best first, so in no fixed order here.
    assertThat(matches.stream().map(m -> new Pair(m.currentKey(), m.earlierKey())))
        .containsExactlyInAnyOrder(new Pair(11, 1), new Pair(12, 2), new Pair(13, 3));
  }

  @Test
  void aChangeOfClassNeedsTheHigherThreshold() {
    Candidate industry = candidate(1, StructureClass.LIGHT_INDUSTRY, rect(0, 0, 20, 30));
    // Redrawn in place as housing: IoU 1, a change of class.
    checkPairs(
        match(
            List.of(industry),
            List.of(candidate(2, StructureClass.PRISONER_HOUSING, rect(0, 0, 20, 30)))),
        2,
        1);
    // 10 m east: overlap 10 x 30 = 300, union 900, IoU 1/3: enough for the same class only.
    assertThat(
            match(
                List.of(industry),
                List.of(candidate(2, StructureClass.PRISONER_HOUSING, rect(10, 0, 20, 30)))))
        .isEmpty();
    checkPairs(
        match(
            List.of(industry),
            List.of(candidate(2, StructureClass.LIGHT_INDUSTRY, rect(10, 0, 20, 30)))),
        2,
        1);
  }

  @Test
  void theSameClassIsTakenBeforeAChangeOfClassEvenWithALowerIou() {
    // New housing 2 lies exactly on earlier industry 1 (IoU 1) and half on earlier housing 3
    // (IoU 1/3): the same class wins, and the industry building stays unmatched.
    List<Match> matches =
        match(
            List.of(
                candidate(1, StructureClass.LIGHT_INDUSTRY, rect(0, 0, 20, 20)),
                candidate(3, StructureClass.PRISONER_HOUSING, rect(10, 0, 20, 20))),
            List.of(candidate(2, StructureClass.PRISONER_HOUSING, rect(0, 0, 20, 20))));
    checkPairs(matches, 2, 3);
  }

  @Test
  void fencesMatchAsBufferedLinesAndNeverMatchPolygons() {
    // A 100 m fence redrawn 2 m north: buffered by 3 m, strips 6 m wide overlapping 4 m.
    Candidate fence = candidate(1, StructureClass.PERIMETER, "LINESTRING (0 0, 100 0)");
    List<Match> matches =
        match(
            List.of(fence),
            List.of(candidate(2, StructureClass.PERIMETER, "LINESTRING (0 2, 100 2)")));
    checkPairs(matches, 2, 1);
    // Round caps: each buffer is 600 + 9 pi (polygonized); overlap about 4 x 100 + the caps'.
    assertThat(matches.get(0).iou()).isBetween(0.45, 0.55);
    assertThat(
            match(
                List.of(fence),
                List.of(candidate(2, StructureClass.PERIMETER, rect(0, -3, 100, 6)))))
        .isEmpty();
    assertThat(matcher.iou(fence, candidate(2, StructureClass.PERIMETER, rect(0, -3, 100, 6))))
        .isZero();
  }

  @Test
  void anExcludedPairIsNeverTakenAndTheNextBestIs() {
    List<Candidate> earlier =
        List.of(
            candidate(1, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 10)),
            candidate(2, StructureClass.PRISONER_HOUSING, rect(4, 0, 10, 10)));
    List<Candidate> current =
        List.of(candidate(3, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 10)));
    checkPairs(matcher.match(earlier, current, Set.of()), 3, 1);
    checkPairs(matcher.match(earlier, current, Set.of(new Pair(3, 1))), 3, 2);
    assertThat(matcher.match(earlier, current, Set.of(new Pair(3, 1), new Pair(3, 2)))).isEmpty();
  }

  @Test
  void theInputOrderDoesNotChangeTheResult() {
    // Equal IoUs everywhere: ties broken by keys, whatever the order of the lists.
    List<Candidate> earlier = new ArrayList<>();
    List<Candidate> current = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      earlier.add(candidate(100 + i, StructureClass.GUARD_POST, rect(0, 0, 5, 5)));
      current.add(candidate(200 + i, StructureClass.GUARD_POST, rect(1, 0, 5, 5)));
    }
    List<Match> expected = match(earlier, current);
    checkPairs(expected, 200, 100, 201, 101, 202, 102, 203, 103, 204, 104, 205, 105);
    Collections.reverse(earlier);
    Collections.shuffle(current, new Random(7));
    assertThat(match(earlier, current)).isEqualTo(expected);
  }

  @Test
  void aKeyTwiceIsRefused() {
    Candidate one = candidate(1, StructureClass.GUARD_POST, rect(0, 0, 5, 5));
    assertThatThrownBy(() -> match(List.of(one, one), List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("earlier structures: key 1 twice");
    assertThatThrownBy(() -> match(List.of(), List.of(one, one)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("current structures: key 1 twice");
  }
}
