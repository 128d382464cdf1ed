package org.sightline.geodata.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sightline.geodata.structure.StructureFixtures.cloud;
import static org.sightline.geodata.structure.StructureFixtures.drawn;
import static org.sightline.geodata.structure.StructureFixtures.observation;
import static org.sightline.geodata.structure.StructureFixtures.rect;
import static org.sightline.geodata.structure.StructureFixtures.withConfidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.structure.StructureHistory.NotApplied;

/**
 * Tracking, the three states and change events on hand-computed fixtures (WKT in metres, see {@link
 * StructureFixtures}). Scenes: S1 2011-06-19, S2 2013-02-12, S3 2014-05-03.
 */
class StructureTrackerTest {
  private static final String D1 = "2011-06-19";
  private static final String D2 = "2013-02-12";
  private static final String D3 = "2014-05-03";
  private static final String BLOCK = rect(0, 0, 10, 20);

  private final StructureTracker tracker = new StructureTracker(MatchingParameters.DEFAULTS);

  private StructureHistory track(Observation... observations) {
    return tracker.track(List.of(observations), List.of());
  }

  private static TrackedStructure structure(StructureHistory history, long identityId) {
    return history.structures().stream()
        .filter(s -> s.identityId() == identityId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no structure " + identityId + ": " + history));
  }

  private static void checkStates(StructureHistory history, long identityId, String... codes) {
    assertThat(structure(history, identityId).states().stream().map(s -> s.state().code()))
        .containsExactly(codes);
  }

  private static void checkIdentities(StructureHistory history, Long... identityIds) {
    assertThat(history.structures().stream().map(TrackedStructure::identityId))
        .containsExactly(identityIds);
  }

  private static void checkKinds(StructureHistory history, String... keys) {
    assertThat(history.events().stream().map(ChangeEvent::key)).containsExactly(keys);
  }

  private static ChangeEvent checkEvent(
      ChangeEvent event,
      ChangeKind kind,
      String earliest,
      String earliestScene,
      String latest,
      String latestScene) {
    assertThat(event.kind()).isEqualTo(kind);
    assertThat(event.earliest()).isEqualTo(LocalDate.parse(earliest));
    assertThat(event.earliestSceneId()).isEqualTo(earliestScene);
    assertThat(event.earliestObservationId()).isEqualTo(Long.parseLong(earliestScene.substring(1)));
    assertThat(event.latest()).isEqualTo(LocalDate.parse(latest));
    assertThat(event.latestSceneId()).isEqualTo(latestScene);
    assertThat(event.latestObservationId()).isEqualTo(Long.parseLong(latestScene.substring(1)));
    return event;
  }

  @Test
  void aNewGuardPostAppearsBetweenTheTwoScenes() {
    StructureHistory history =
        track(
            observation(1, D1, List.of(drawn(101, StructureClass.PRISONER_HOUSING, BLOCK))),
            withConfidence(
                observation(
                    2,
                    D2,
                    List.of(
                        drawn(201, StructureClass.PRISONER_HOUSING, rect(1, 0, 10, 20)),
                        drawn(202, StructureClass.GUARD_POST, rect(40, 40, 5, 5)))),
                EstimativeConfidence.VERY_LIKELY));
    checkIdentities(history, 101L, 202L);
    checkStates(history, 101, "present", "present");
    checkStates(history, 202, "absent", "present");
    // The housing block was there in the first scene: it did not "appear".
    checkKinds(history, "202:appeared:2");
    ChangeEvent appeared =
        checkEvent(history.events().get(0), ChangeKind.APPEARED, D1, "S1", D2, "S2");
    assertThat(appeared.structureClass()).isEqualTo(StructureClass.GUARD_POST);
    assertThat(appeared.previousSize()).isNull();
    assertThat(appeared.size()).isCloseTo(25, within(0.05));
    assertThat(appeared.confidence()).isEqualTo(EstimativeConfidence.LIKELY);
    assertThat(appeared.statement().en())
        .isEqualTo("Between 2011-06-19 and 2013-02-12 a guard post appeared (likely).");
    assertThat(appeared.statement().ko())
        .isEqualTo("2011-06-19와 2013-02-12 사이에 경비초소 1개소가 새로 나타났다(높은 가능성).");
    TrackedStructure post = structure(history, 202);
    assertThat(post.firstSeen()).isEqualTo(LocalDate.parse(D2));
    assertThat(post.states().get(1).observedStructureId()).isEqualTo(202L);
    assertThat(post.states().get(0).observedStructureId()).isNull();
  }

  @Test
  void aBlockUnderCloudIsNotAssessableAndItsDisappearanceWaitsForTheNextClearScene() {
    StructureHistory history =
        track(
            observation(1, D1, List.of(drawn(301, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(2, D2, List.of(), cloud(rect(-20, -20, 60, 60))),
            observation(3, D3, List.of()));
    checkStates(history, 301, "present", "not-assessable", "absent");
    checkKinds(history, "301:disappeared:3");
    ChangeEvent gone =
        checkEvent(history.events().get(0), ChangeKind.DISAPPEARED, D1, "S1", D3, "S3");
    assertThat(gone.previousSize()).isCloseTo(200, within(0.2));
    assertThat(gone.size()).isNull();
    assertThat(gone.statement().en())
        .isEqualTo("Between 2011-06-19 and 2014-05-03 a housing unit disappeared (likely).");
    assertThat(gone.statement().ko()).isEqualTo("2011-06-19와 2014-05-03 사이에 주거동 1동이 사라졌다(높은 가능성).");
  }

  @Test
  void aPartlyCloudedPlaceIsAbsentOnlyWhenNinetyPercentWasSeen() {
    // The block is 10 x 20 m. A cloud over its top 5 m hides 25%; over its top 1 m, 5%.
    StructureHistory hidden =
        track(
            observation(1, D1, List.of(drawn(301, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(2, D2, List.of(), cloud(rect(-20, 15, 60, 60))));
    checkStates(hidden, 301, "present", "not-assessable");
    assertThat(hidden.events()).isEmpty();
    StructureHistory seen =
        track(
            observation(1, D1, List.of(drawn(301, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(2, D2, List.of(), cloud(rect(-20, 19, 60, 60))));
    checkStates(seen, 301, "present", "absent");
    checkKinds(seen, "301:disappeared:2");
  }

  @Test
  void outsideTheSceneFootprintIsNotAssessable() {
    StructureHistory history =
        track(
            observation(1, D1, List.of(drawn(301, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(2, D2, rect(100, -500, 1000, 1000), List.of()),
            observation(3, D3, List.of()));
    checkStates(history, 301, "present", "not-assessable", "absent");
    checkEvent(history.events().get(0), ChangeKind.DISAPPEARED, D1, "S1", D3, "S3");
  }

  @Test
  void aStructureHiddenInOneSceneIsStillMatchedInTheNext() {
    StructureHistory history =
        track(
            observation(1, D1, List.of(drawn(301, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(2, D2, List.of(), cloud(rect(-20, -20, 60, 60))),
            observation(
                3, D3, List.of(drawn(303, StructureClass.PRISONER_HOUSING, rect(2, 1, 10, 20)))));
    checkIdentities(history, 301L);
    checkStates(history, 301, "present", "not-assessable", "present");
    assertThat(history.events()).isEmpty();
    assertThat(structure(history, 301).lastSeen()).isEqualTo(LocalDate.parse(D3));
  }

  @Test
  void beforeItsFirstAppearanceAStructureIsAssessedAtItsFirstPlace() {
    // Scene 1 is clouded over the post's place: not assessable, so the post did not appear then;
    // scene 2 saw the place empty; scene 3 shows the post: it appeared between 2 and 3.
    StructureHistory history =
        track(
            observation(1, D1, List.of(), cloud(rect(30, 30, 30, 30))),
            observation(2, D2, List.of()),
            observation(3, D3, List.of(drawn(5, StructureClass.GUARD_POST, rect(40, 40, 5, 5)))));
    checkStates(history, 5, "not-assessable", "absent", "present");
    checkEvent(history.events().get(0), ChangeKind.APPEARED, D2, "S2", D3, "S3");
  }

  @Test
  void anExpansionAboveTheThresholdIsExpandedAndBelowItNothing() {
    // 200 m² to 250 m² is +25%; to 220 m² is +10%, under the default 20%.
    StructureHistory grown =
        track(
            observation(1, D1, List.of(drawn(1, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(
                2, D2, List.of(drawn(2, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 25)))));
    checkKinds(grown, "1:expanded:2");
    ChangeEvent expanded = grown.events().get(0);
    assertThat(expanded.previousSize()).isCloseTo(200, within(0.2));
    assertThat(expanded.size()).isCloseTo(250, within(0.25));
    assertThat(expanded.statement().en())
        .isEqualTo(
            "Between 2011-06-19 and 2013-02-12 a housing unit grew 25%, from 200 m² to 250 m²"
                + " (likely).");
    assertThat(expanded.statement().ko())
        .isEqualTo("2011-06-19와 2013-02-12 사이에 주거동 1동의 면적이 200㎡에서 250㎡로 25% 늘었다(높은 가능성).");

    StructureHistory slightly =
        track(
            observation(1, D1, List.of(drawn(1, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(
                2, D2, List.of(drawn(2, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 22)))));
    checkIdentities(slightly, 1L);
    assertThat(slightly.events()).isEmpty();

    StructureHistory shrunk =
        track(
            observation(1, D1, List.of(drawn(1, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(
                2, D2, List.of(drawn(2, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 15)))));
    checkKinds(shrunk, "1:reduced:2");
  }

  @Test
  void aChangeOfClassIsClassChanged() {
    StructureHistory history =
        track(
            observation(
                1, D1, List.of(drawn(1, StructureClass.LIGHT_INDUSTRY, rect(0, 0, 20, 30)))),
            observation(
                2, D2, List.of(drawn(2, StructureClass.PRISONER_HOUSING, rect(0, 1, 20, 30)))));
    checkIdentities(history, 1L);
    checkKinds(history, "1:changed-class:2");
    ChangeEvent changed = history.events().get(0);
    assertThat(changed.previousClass()).isEqualTo(StructureClass.LIGHT_INDUSTRY);
    assertThat(changed.structureClass()).isEqualTo(StructureClass.PRISONER_HOUSING);
    assertThat(changed.statement().en())
        .isEqualTo(
            "Between 2011-06-19 and 2013-02-12 a structure changed from light industry to prisoner"
                + " housing (likely).");
    assertThat(changed.statement().ko())
        .isEqualTo("2011-06-19와 2013-02-12 사이에 구조물 1개의 용도가 경공업에서 수감자 주거로 바뀌었다(높은 가능성).");
    assertThat(structure(history, 1).structureClass()).isEqualTo(StructureClass.PRISONER_HOUSING);
  }

  @Test
  void aRazedBlockIsAChangeOfCondition() {
    StructureHistory history =
        track(
            observation(1, D1, List.of(drawn(1, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(
                2,
                D2,
                List.of(
                    drawn(2, StructureClass.PRISONER_HOUSING, StructureCondition.RAZED, BLOCK))));
    checkKinds(history, "1:changed-condition:2");
    ChangeEvent razed = history.events().get(0);
    assertThat(razed.previousCondition()).isEqualTo(StructureCondition.INTACT);
    assertThat(razed.condition()).isEqualTo(StructureCondition.RAZED);
    assertThat(razed.statement().en())
        .isEqualTo("Between 2011-06-19 and 2013-02-12 a housing unit was razed (likely).");
    assertThat(razed.statement().ko())
        .isEqualTo("2011-06-19와 2013-02-12 사이에 주거동 1동이 철거되었다(높은 가능성).");
  }

  @Test
  void aPerimeterWithOneSideMoved35MetresOutIsMoved() {
    // A 600 m square fence whose east side is rebuilt 35 m further east: the length grows 70 m
    // (2.9%, no expansion), the Hausdorff distance is 35 m.
    StructureHistory history =
        track(
            observation(
                1,
                D1,
                List.of(
                    drawn(
                        1,
                        StructureClass.PERIMETER,
                        "LINESTRING (0 0, 600 0, 600 600, 0 600, 0 0)"))),
            observation(
                2,
                D2,
                List.of(
                    drawn(
                        2,
                        StructureClass.PERIMETER,
                        "LINESTRING (0 0, 635 0, 635 600, 0 600, 0 0)"))));
    checkIdentities(history, 1L);
    checkKinds(history, "1:moved:2");
    ChangeEvent moved = history.events().get(0);
    assertThat(moved.movedM()).isCloseTo(35, within(0.1));
    assertThat(moved.previousSize()).isCloseTo(2400, within(1.0));
    assertThat(moved.size()).isCloseTo(2470, within(1.0));
    assertThat(moved.statement().en())
        .isEqualTo("Between 2011-06-19 and 2013-02-12 the perimeter moved 35 m (likely).");
    assertThat(moved.statement().ko())
        .isEqualTo("2011-06-19와 2013-02-12 사이에 외곽 담장·울타리가 35m 이동했다(높은 가능성).");
  }

  @Test
  void aPerimeterExtendedNorthGrew72Percent() {
    // 600 x 600 m (2,400 m) to 600 x 1,465 m (4,130 m): +72%. The north side is 865 m further
    // north, but a perimeter that grew is not said to have moved as well.
    StructureHistory history =
        track(
            observation(
                1,
                D1,
                List.of(
                    drawn(
                        1,
                        StructureClass.PERIMETER,
                        "LINESTRING (0 0, 600 0, 600 600, 0 600, 0 0)"))),
            observation(
                2,
                D2,
                List.of(
                    drawn(
                        2,
                        StructureClass.PERIMETER,
                        "LINESTRING (0 0, 600 0, 600 1465, 0 1465, 0 0)"))));
    checkKinds(history, "1:expanded:2");
    assertThat(history.events().get(0).statement().en())
        .isEqualTo(
            "Between 2011-06-19 and 2013-02-12 the perimeter grew 72%, from 2,400 m to 4,130 m"
                + " (likely).");
    assertThat(history.events().get(0).statement().ko())
        .isEqualTo("2011-06-19와 2013-02-12 사이에 외곽 담장·울타리 길이가 2,400m에서 4,130m로 72% 늘었다(높은 가능성).");
    assertThat(history.events().get(0).movedM()).isNull();
  }

  @Test
  void aBlockThatReturnsAfterBeingSeenGoneReappears() {
    StructureHistory history =
        track(
            observation(1, D1, List.of(drawn(1, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(2, D2, List.of()),
            observation(3, D3, List.of(drawn(3, StructureClass.PRISONER_HOUSING, BLOCK))));
    checkIdentities(history, 1L);
    checkStates(history, 1, "present", "absent", "present");
    checkKinds(history, "1:disappeared:2", "1:appeared:3");
  }

  // Overrides

  /** Scene 1: block 1 at the origin; scene 2: block 2 100 m east (no overlap). */
  private static List<Observation> farApart() {
    return List.of(
        observation(1, D1, List.of(drawn(1, StructureClass.PRISONER_HOUSING, BLOCK))),
        observation(
            2, D2, List.of(drawn(2, StructureClass.PRISONER_HOUSING, rect(100, 0, 10, 20)))));
  }

  /** Scene 1: block 1; scene 2: block 2, the same redrawn 1 m east; scene 3: block 3 as 2. */
  private static List<Observation> redrawn() {
    return List.of(
        observation(1, D1, List.of(drawn(1, StructureClass.PRISONER_HOUSING, BLOCK))),
        observation(2, D2, List.of(drawn(2, StructureClass.PRISONER_HOUSING, rect(1, 0, 10, 20)))),
        observation(3, D3, List.of(drawn(3, StructureClass.PRISONER_HOUSING, rect(1, 0, 10, 20)))));
  }

  private StructureHistory trackTwice(List<Observation> observations, IdentityOverride... o) {
    StructureHistory first = tracker.track(observations, List.of(o));
    List<Observation> shuffled = new ArrayList<>(observations);
    Collections.reverse(shuffled);
    assertThat(tracker.track(shuffled, List.of(o))).isEqualTo(first);
    return first;
  }

  @Test
  void aForcedMatchJoinsDrawingsThatDoNotOverlap() {
    StructureHistory automatic = trackTwice(farApart());
    checkIdentities(automatic, 1L, 2L);
    checkKinds(automatic, "1:disappeared:2", "2:appeared:2");

    StructureHistory forced = trackTwice(farApart(), new IdentityOverride.ForceMatch(7, 2, 1));
    checkIdentities(forced, 1L);
    checkStates(forced, 1, "present", "present");
    assertThat(forced.events()).isEmpty();
    assertThat(forced.overridesNotApplied()).isEmpty();

    // A new scene is added: the override still holds, and block 3 continues the identity.
    List<Observation> more = new ArrayList<>(farApart());
    more.add(
        observation(
            3, D3, List.of(drawn(3, StructureClass.PRISONER_HOUSING, rect(100, 1, 10, 20)))));
    StructureHistory recomputed = trackTwice(more, new IdentityOverride.ForceMatch(7, 2, 1));
    checkIdentities(recomputed, 1L);
    checkStates(recomputed, 1, "present", "present", "present");
  }

  @Test
  void aForcedNonMatchKeepsOverlappingDrawingsApart() {
    checkIdentities(trackTwice(redrawn()), 1L);
    StructureHistory apart = trackTwice(redrawn(), new IdentityOverride.ForceNonMatch(8, 2, 1));
    checkIdentities(apart, 1L, 2L);
    checkStates(apart, 1, "present", "absent", "absent");
    checkStates(apart, 2, "absent", "present", "present");
    checkKinds(apart, "1:disappeared:2", "2:appeared:2");
    // Block 3 matches block 2 (IoU 1), never block 1's identity.
    assertThat(structure(apart, 2).states().get(2).observedStructureId()).isEqualTo(3L);

    // Kept apart from 1, block 3 cannot continue the identity 1 and 2 share: it begins its own.
    StructureHistory third = trackTwice(redrawn(), new IdentityOverride.ForceNonMatch(8, 3, 1));
    checkIdentities(third, 1L, 3L);
    checkStates(third, 1, "present", "present", "absent");
    checkStates(third, 3, "absent", "absent", "present");
  }

  @Test
  void aSplitStartsANewStructure() {
    StructureHistory split = trackTwice(redrawn(), new IdentityOverride.Split(9, 2));
    checkIdentities(split, 1L, 2L);
    checkStates(split, 1, "present", "absent", "absent");
    checkStates(split, 2, "absent", "present", "present");
    assertThat(split.overridesNotApplied()).isEmpty();
  }

  @Test
  void aMergeMakesTwoIdentitiesOne() {
    StructureHistory merged = trackTwice(farApart(), new IdentityOverride.Merge(10, 2, 1));
    checkIdentities(merged, 1L);
    checkStates(merged, 1, "present", "present");
    assertThat(merged.overridesNotApplied()).isEmpty();
  }

  @Test
  void aMergeOfTwoStructuresDrawnInOneSceneIsRefused() {
    List<Observation> two =
        List.of(
            observation(
                1,
                D1,
                List.of(
                    drawn(1, StructureClass.PRISONER_HOUSING, BLOCK),
                    drawn(4, StructureClass.PRISONER_HOUSING, rect(100, 0, 10, 20)))));
    StructureHistory history = trackTwice(two, new IdentityOverride.Merge(11, 1, 4));
    checkIdentities(history, 1L, 4L);
    assertThat(history.overridesNotApplied())
        .containsExactly(
            new NotApplied(
                11,
                "both structures are drawn in observation 1 (drawings 1 and 4); a structure has one"
                    + " drawing per observation"));
  }

  @Test
  void anOverrideNamingAMissingDrawingIsReportedNotApplied() {
    StructureHistory history =
        trackTwice(
            farApart(),
            new IdentityOverride.ForceMatch(12, 999, 1),
            new IdentityOverride.Split(13, 2),
            new IdentityOverride.Merge(14, 1, 998));
    assertThat(history.overridesNotApplied())
        .containsExactly(
            new NotApplied(12, "structure 999 no longer exists"),
            new NotApplied(14, "structure 998 no longer exists"));
    checkIdentities(history, 1L, 2L);
  }

  @Test
  void conflictingOverridesAreReportedNotApplied() {
    StructureHistory history =
        trackTwice(
            redrawn(),
            new IdentityOverride.ForceNonMatch(20, 2, 1),
            new IdentityOverride.ForceMatch(21, 2, 1),
            new IdentityOverride.ForceMatch(22, 1, 3),
            new IdentityOverride.Split(23, 3),
            new IdentityOverride.ForceMatch(24, 3, 1));
    assertThat(history.overridesNotApplied())
        .containsExactly(
            new NotApplied(21, "conflicts with override 20 (never the same structure)"),
            new NotApplied(22, "structure 3 is not in an observation before structure 1's"),
            new NotApplied(
                24, "conflicts with override 23, which makes structure 3 begin a new structure"));
    checkIdentities(history, 1L, 2L, 3L);
  }

  // Input and determinism

  @Test
  void trackingTwiceGivesEqualHistories() {
    List<Observation> observations =
        List.of(
            observation(1, D1, List.of(drawn(1, StructureClass.PRISONER_HOUSING, BLOCK))),
            observation(
                2,
                D2,
                List.of(
                    drawn(2, StructureClass.PRISONER_HOUSING, rect(0, 0, 10, 25)),
                    drawn(3, StructureClass.GUARD_POST, rect(40, 40, 5, 5))),
                cloud(rect(200, 200, 10, 10))),
            observation(3, D3, List.of(drawn(4, StructureClass.GUARD_POST, rect(41, 41, 5, 5)))));
    StructureHistory first = tracker.track(observations, List.of());
    assertThat(tracker.track(observations, List.of())).isEqualTo(first);
    checkKinds(first, "1:expanded:2", "3:appeared:2", "1:disappeared:3");
  }

  @Test
  void aLineOfAClassOtherThanPerimeterIsRefused() {
    assertThatThrownBy(
            () ->
                track(
                    observation(
                        1,
                        D1,
                        List.of(drawn(5, StructureClass.GUARD_POST, "LINESTRING (0 0, 10 0)")))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "observation 1, structure 5: only class perimeter may be a line, not guard-post");
  }

  @Test
  void aDrawingIdTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                track(
                    observation(1, D1, List.of(drawn(5, StructureClass.GUARD_POST, BLOCK))),
                    observation(2, D2, List.of(drawn(5, StructureClass.GUARD_POST, BLOCK)))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("structure 5: id appears twice");
  }
}
