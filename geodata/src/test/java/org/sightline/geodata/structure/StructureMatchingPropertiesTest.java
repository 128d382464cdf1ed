package org.sightline.geodata.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.geodata.structure.StructureFixtures.drawn;
import static org.sightline.geodata.structure.StructureFixtures.observation;
import static org.sightline.geodata.structure.StructureFixtures.rect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sightline.geodata.structure.StructureMatcher.Candidate;
import org.sightline.geodata.structure.StructureMatcher.Match;

/** Properties of matching and tracking over random layouts (metres, see StructureFixtures). */
class StructureMatchingPropertiesTest {
  private static final MatchingParameters DEFAULTS = MatchingParameters.DEFAULTS;

  /** A rectangle anywhere in a 200 x 200 m yard, 5-40 m a side, of one of two classes. */
  record Box(double x, double y, double w, double h, boolean housing) {
    String wkt() {
      return rect(x, y, w, h);
    }

    StructureClass structureClass() {
      return housing ? StructureClass.PRISONER_HOUSING : StructureClass.LIGHT_INDUSTRY;
    }
  }

  @Provide
  Arbitrary<List<Box>> yards() {
    Arbitrary<Double> place = Arbitraries.doubles().between(0, 200).ofScale(1);
    Arbitrary<Double> side = Arbitraries.doubles().between(5, 40).ofScale(1);
    return Combinators.combine(place, place, side, side, Arbitraries.of(true, false))
        .as(Box::new)
        .list()
        .ofMinSize(0)
        .ofMaxSize(25);
  }

  /** A shift of less than 1 m in any direction. */
  record Shift(double dx, double dy) {}

  @Provide
  Arbitrary<List<Shift>> shifts() {
    Arbitrary<Double> angle = Arbitraries.doubles().between(0, 6.28).ofScale(2);
    Arbitrary<Double> distance = Arbitraries.doubles().between(0, 0.999).ofScale(3);
    return Combinators.combine(angle, distance)
        .as((a, d) -> new Shift(d * Math.cos(a), d * Math.sin(a)))
        .list()
        .ofSize(36);
  }

  @Property(tries = 200)
  void matchingIsOneToOneAndEveryPairMeetsItsThreshold(
      @ForAll("yards") List<Box> earlier, @ForAll("yards") List<Box> current) {
    MetricProjection projection = MetricProjection.centredOn(StructureFixtures.at("POINT (0 0)"));
    List<Candidate> before = new ArrayList<>();
    for (int i = 0; i < earlier.size(); i++) {
      Box box = earlier.get(i);
      before.add(
          new Candidate(
              i, box.structureClass(), projection.project(StructureFixtures.at(box.wkt()))));
    }
    List<Candidate> now = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      Box box = current.get(i);
      now.add(
          new Candidate(
              1000 + i, box.structureClass(), projection.project(StructureFixtures.at(box.wkt()))));
    }
    StructureMatcher matcher = new StructureMatcher(DEFAULTS);
    List<Match> matches = matcher.match(before, now, Set.of());
    Set<Long> currentKeys = new HashSet<>();
    Set<Long> earlierKeys = new HashSet<>();
    for (Match match : matches) {
      assertThat(currentKeys.add(match.currentKey())).as("current %s twice", match).isTrue();
      assertThat(earlierKeys.add(match.earlierKey())).as("earlier %s twice", match).isTrue();
      boolean sameClass =
          now.get((int) match.currentKey() - 1000).structureClass()
              == before.get((int) match.earlierKey()).structureClass();
      assertThat(match.iou())
          .isGreaterThanOrEqualTo(
              sameClass ? DEFAULTS.iouThreshold() : DEFAULTS.classChangeIouThreshold());
    }
  }

  @Property(tries = 50)
  void shiftingEveryStructureByLessThanAMetreChangesNoIdentity(
      @ForAll("yards") List<Box> layout, @ForAll("shifts") List<Shift> shifts) {
    // Spread the random boxes over a 6 x 6 grid of 50 m cells so none overlap (at least 10 m
    // apart): each is then the only candidate of its own shifted drawing.
    List<ObservedStructure> first = new ArrayList<>();
    List<ObservedStructure> second = new ArrayList<>();
    for (int i = 0; i < Math.min(layout.size(), 36); i++) {
      Box box = layout.get(i);
      double x = (i % 6) * 50;
      double y = (i / 6) * 50;
      Shift shift = shifts.get(i);
      first.add(drawn(i + 1, box.structureClass(), rect(x, y, box.w(), box.h())));
      second.add(
          drawn(
              100 + i + 1,
              box.structureClass(),
              rect(x + shift.dx(), y + shift.dy(), box.w(), box.h())));
    }
    StructureHistory history =
        new StructureTracker(DEFAULTS)
            .track(
                List.of(observation(1, "2011-06-19", first), observation(2, "2013-02-12", second)),
                List.of());
    assertThat(history.structures()).hasSize(first.size());
    assertThat(history.structures())
        .allSatisfy(
            s -> {
              assertThat(s.states())
                  .extracting(SceneState::state)
                  .containsOnly(StructureState.PRESENT);
              assertThat(s.states().get(1).observedStructureId()).isEqualTo(s.identityId() + 100);
            });
    assertThat(history.events()).isEmpty();
  }
}
