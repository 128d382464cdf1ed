package org.sightline.geodata.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.sightline.geodata.corroboration.Fixtures.circle;
import static org.sightline.geodata.corroboration.Fixtures.claim;
import static org.sightline.geodata.corroboration.Fixtures.day;
import static org.sightline.geodata.corroboration.Fixtures.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;

/** Hand-computed fixtures of the corroboration rules, each a case of docs/CORROBORATION.md. */
class CorroboratorTest {
  private static final Corroborator CORROBORATOR = Corroborator.withDefaults();

  private static List<CorroboratedEvent> events(EvidenceItem... items) {
    return CORROBORATOR.corroborate(List.of(items)).events();
  }

  private static Explanation explainOnly(EvidenceItem... items) {
    Corroboration result = CORROBORATOR.corroborate(List.of(items));
    assertThat(result.events()).hasSize(1);
    return result.explain(result.events().get(0));
  }

  private static SourceVerdict verdict(Explanation explanation, String itemKey) {
    return explanation.sources().stream()
        .filter(v -> v.itemKey().equals(itemKey))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void twoWitnessesAtTheSamePlaceAndTimeAreCorroborated() {
    List<CorroboratedEvent> events =
        events(
            claim(
                "claim:1",
                "witness:W-1",
                "execution",
                "1997-03-01",
                "1997-03-31",
                circle(0, 0, 200)),
            claim(
                "claim:2",
                "witness:W-2",
                "public-execution",
                "1997-03-15",
                "1997-03-15",
                circle(150, 0, 100)));
    assertThat(events).hasSize(1);
    CorroboratedEvent event = events.get(0);
    assertThat(event.key()).isEqualTo("event:claim:1");
    assertThat(event.memberKeys()).containsExactly("claim:1", "claim:2");
    assertThat(event.level()).isEqualTo(CorroborationLevel.CORROBORATED);
    assertThat(event.sources()).containsExactly("witness:W-1", "witness:W-2");
    assertThat(event.kinds()).containsExactly(EvidenceKind.TESTIMONY);
  }

  @Test
  void theSameWitnessTwiceIsASingleSource() {
    Geometry camp = circle(0, 0, 1000);
    Explanation explanation =
        explainOnly(
            claim("claim:1", "witness:W-1", "torture", "1998-01-01", "1998-12-31", camp),
            claim("claim:2", "witness:W-1", "torture", "1998-06-01", "1998-06-30", camp));
    assertThat(explanation.level()).isEqualTo(CorroborationLevel.SINGLE_SOURCE);
    assertThat(verdict(explanation, "claim:1").reason()).isEqualTo(IndependenceReason.INDEPENDENT);
    SourceVerdict second = verdict(explanation, "claim:2");
    assertThat(second.counted()).isFalse();
    assertThat(second.reason()).isEqualTo(IndependenceReason.SAME_SOURCE);
    assertThat(second.countedItemKey()).isEqualTo("claim:1");
    assertThat(second.text())
        .isEqualTo("claim:2 not counted: same witness (witness:W-1) as claim:1");
  }

  @Test
  void hearsayFromAWitnessAlreadyCountedIsNotIndependent() {
    Geometry camp = circle(0, 0, 1000);
    Explanation explanation =
        explainOnly(
            claim("claim:1", "witness:W-1", "execution", "1996-05-01", "1996-05-31", camp),
            item(
                "claim:2",
                SourceRef.hearsay("witness:W-2", "witness:W-1"),
                "execution",
                "1996-01-01",
                "1996-12-31",
                camp));
    assertThat(explanation.level()).isEqualTo(CorroborationLevel.SINGLE_SOURCE);
    SourceVerdict hearsay = verdict(explanation, "claim:2");
    assertThat(hearsay.counted()).isFalse();
    assertThat(hearsay.reason()).isEqualTo(IndependenceReason.HEARD_FROM_COUNTED);
    assertThat(hearsay.countedAs()).isEqualTo("witness:W-1");
    assertThat(hearsay.text())
        .isEqualTo("claim:2 not counted: heard from witness:W-1, who is counted (claim:1)");
  }

  @Test
  void hearsayFromAWitnessOutsideTheEventCountsOnceAsThatWitness() {
    Geometry camp = circle(0, 0, 1000);
    Explanation explanation =
        explainOnly(
            claim("claim:1", "witness:W-1", "execution", "1996-05-01", "1996-05-31", camp),
            item(
                "claim:2",
                SourceRef.hearsay("witness:W-2", "witness:W-9"),
                "execution",
                "1996",
                camp),
            item(
                "claim:3",
                SourceRef.hearsay("witness:W-3", "witness:W-9"),
                "execution",
                "1996",
                camp));
    assertThat(explanation.level()).isEqualTo(CorroborationLevel.CORROBORATED);
    assertThat(verdict(explanation, "claim:2").reason())
        .isEqualTo(IndependenceReason.COUNTED_FOR_UPSTREAM);
    assertThat(verdict(explanation, "claim:2").text())
        .isEqualTo(
            "claim:2 counted as witness:W-9: heard from witness:W-9, who has no first-hand account"
                + " here");
    assertThat(verdict(explanation, "claim:3").reason())
        .isEqualTo(IndependenceReason.HEARD_FROM_COUNTED);
    assertThat(verdict(explanation, "claim:3").countedItemKey()).isEqualTo("claim:2");
  }

  @Test
  void hearsayIsFollowedThroughARelayAndThroughACycle() {
    Geometry camp = circle(0, 0, 1000);
    Explanation chain =
        explainOnly(
            claim("claim:1", "witness:W-1", "execution", "1996-05-01", "1996-05-31", camp),
            item(
                "claim:2",
                SourceRef.hearsay("witness:W-2", "witness:W-1"),
                "execution",
                "1996",
                camp),
            item(
                "claim:3",
                SourceRef.hearsay("witness:W-3", "witness:W-2"),
                "execution",
                "1996",
                camp));
    assertThat(chain.level()).isEqualTo(CorroborationLevel.SINGLE_SOURCE);
    assertThat(verdict(chain, "claim:3").text())
        .isEqualTo(
            "claim:3 not counted: heard from witness:W-2, traced to witness:W-1, who is counted"
                + " (claim:1)");

    Explanation cycle =
        explainOnly(
            item(
                "claim:1",
                SourceRef.hearsay("witness:W-1", "witness:W-2"),
                "execution",
                "1996",
                camp),
            item(
                "claim:2",
                SourceRef.hearsay("witness:W-2", "witness:W-1"),
                "execution",
                "1996",
                camp));
    assertThat(cycle.level()).isEqualTo(CorroborationLevel.SINGLE_SOURCE);
    assertThat(cycle.sources()).extracting(SourceVerdict::countedAs).containsOnly("witness:W-1");
  }

  @Test
  void twoDocumentsFromOneOriginAreOneSource() {
    Geometry camp = circle(0, 0, 2000);
    Explanation explanation =
        explainOnly(
            item(
                "statement:1",
                SourceRef.document("document:42", "report:kinu-2004"),
                "forced-labour",
                "2003",
                camp),
            item(
                "statement:2",
                SourceRef.document("document:43", "report:kinu-2004"),
                "forced-labour",
                "2003",
                camp));
    assertThat(explanation.level()).isEqualTo(CorroborationLevel.SINGLE_SOURCE);
    SourceVerdict second = verdict(explanation, "statement:2");
    assertThat(second.reason()).isEqualTo(IndependenceReason.SAME_ORIGIN);
    assertThat(second.text())
        .isEqualTo(
            "statement:2 not counted: same origin (report:kinu-2004) as statement:1, which is"
                + " counted");
    assertThat(verdict(explanation, "statement:1").countedAs()).isEqualTo("report:kinu-2004");
  }

  @Test
  void overlappingPlaceButDisjointTimeGivesTwoEvents() {
    Geometry camp = circle(0, 0, 1000);
    List<CorroboratedEvent> events =
        events(
            claim("claim:1", "witness:W-1", "execution", "1997-03-01", "1997-03-31", camp),
            claim("claim:2", "witness:W-2", "execution", "1999-06-01", "1999-06-30", camp));
    assertThat(events)
        .extracting(CorroboratedEvent::key)
        .containsExactly("event:claim:1", "event:claim:2");
    assertThat(events)
        .extracting(CorroboratedEvent::level)
        .containsOnly(CorroborationLevel.SINGLE_SOURCE);
  }

  @Test
  void aDecadeOverlappingAYearIsMatched() {
    Corroboration result =
        CORROBORATOR
            .withTolerances(new Tolerances(0, 0))
            .corroborate(
                List.of(
                    claim(
                        "claim:1",
                        "witness:W-1",
                        "starvation",
                        "1990-01-01",
                        "1999-12-31",
                        circle(0, 0, 3000)),
                    claim(
                        "claim:2",
                        "witness:W-2",
                        "death-in-custody",
                        "1997",
                        circle(500, 0, 500))));
    assertThat(result.events()).hasSize(1);
    Explanation explanation = result.explain(result.events().get(0));
    assertThat(explanation.memberKeys()).containsExactly("claim:1", "claim:2");
    MatchLink link = explanation.links().get(0);
    assertThat(link.commonEarliest()).isEqualTo(day("1997-01-01"));
    assertThat(link.commonLatest()).isEqualTo(day("1997-12-31"));
    assertThat(link.gapDays()).isZero();
    assertThat(link.rule().note()).contains("starvation");
    assertThat(explanation.time().intersection()).isTrue();
    assertThat(explanation.time().earliest()).isEqualTo(day("1997-01-01"));
  }

  @Test
  void intervalsUpToTwiceTheTimeToleranceApartMatch() {
    Geometry camp = circle(0, 0, 1000);
    // 1997-01-31 to 1997-04-01 is 60 days: each interval widened by 30 days meets the other.
    EvidenceItem january =
        claim("claim:1", "witness:W-1", "torture", "1997-01-01", "1997-01-31", camp);
    EvidenceItem april =
        claim("claim:2", "witness:W-2", "torture", "1997-04-01", "1997-04-30", camp);
    assertThat(CORROBORATOR.corroborate(List.of(january, april)).events()).hasSize(1);
    assertThat(
            CORROBORATOR
                .withTolerances(new Tolerances(29, 500))
                .corroborate(List.of(january, april))
                .events())
        .hasSize(2);
  }

  @Test
  void incompatibleTypesDoNotMatch() {
    Geometry camp = circle(0, 0, 1000);
    assertThat(
            events(
                claim("claim:1", "witness:W-1", "execution", "1997", camp),
                claim("claim:2", "witness:W-2", "forced-labour", "1997", camp)))
        .hasSize(2);
  }

  @Test
  void anImageryChangeAndTwoTestimoniesAreStronglyCorroborated() {
    List<CorroboratedEvent> events =
        events(
            claim(
                "claim:1",
                "witness:W-1",
                "forced-labour",
                "1998-01-01",
                "1998-12-31",
                circle(0, 0, 1500)),
            claim(
                "claim:2",
                "witness:W-2",
                "forced-labour",
                "1998-05-01",
                "1998-05-31",
                circle(800, 0, 1000)),
            item(
                "change:kwanliso-15/ev-7",
                SourceRef.scenePair("scene-1997-11-02", "scene-1998-09-14"),
                "construction",
                "1997-11-02",
                "1998-09-14",
                circle(400, 300, 60)));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).level()).isEqualTo(CorroborationLevel.STRONGLY_CORROBORATED);
    assertThat(events.get(0).sources())
        .containsExactly(
            "scene-pair:scene-1997-11-02/scene-1998-09-14", "witness:W-1", "witness:W-2");
    assertThat(events.get(0).kinds()).containsExactly(EvidenceKind.TESTIMONY, EvidenceKind.IMAGERY);
  }

  @Test
  void threeWitnessesAloneAreCorroboratedNotStrongly() {
    Geometry camp = circle(0, 0, 1000);
    assertThat(
            events(
                    claim("claim:1", "witness:W-1", "torture", "1997", camp),
                    claim("claim:2", "witness:W-2", "torture", "1997", camp),
                    claim("claim:3", "witness:W-3", "torture", "1997", camp))
                .get(0)
                .level())
        .isEqualTo(CorroborationLevel.CORROBORATED);
  }

  @Test
  void theExplanationListsTheMembersTheLinksAndTheReasons() {
    Explanation explanation =
        explainOnly(
            claim(
                "claim:1",
                "witness:W-1",
                "execution",
                "1997-03-01",
                "1997-03-31",
                circle(0, 0, 200)),
            claim(
                "claim:2",
                "witness:W-1",
                "execution",
                "1997-03-10",
                "1997-03-10",
                circle(0, 0, 200)),
            claim(
                "claim:3",
                "witness:W-2",
                "public-execution",
                "1997-03-15",
                "1997-03-15",
                circle(300, 0, 200)),
            claim(
                "claim:4",
                "witness:W-3",
                "public-execution",
                "1997-03-15",
                "1997-03-20",
                circle(1100, 0, 200)));
    assertThat(explanation.memberKeys())
        .containsExactly("claim:1", "claim:2", "claim:3", "claim:4");
    // The spanning tree the clustering built: each member joined the first match it met, in the
    // search's order (claim:3 meets the day-precise claim:2 before the month-long claim:1).
    assertThat(explanation.links())
        .extracting(MatchLink::memberKey, MatchLink::viaKey)
        .containsExactly(
            tuple("claim:2", "claim:1"), tuple("claim:3", "claim:2"), tuple("claim:4", "claim:3"));
    MatchLink first = explanation.links().get(0);
    assertThat(first.rule().note()).isEqualTo(TypeRule.SAME_TYPE_NOTE);
    assertThat(first.commonEarliest()).isEqualTo(day("1997-03-10"));
    assertThat(first.commonLatest()).isEqualTo(day("1997-03-10"));
    assertThat(first.overlapSqm()).isCloseTo(Math.PI * 200 * 200 * 0.9984, within(300.0));
    MatchLink toThird = explanation.links().get(1);
    assertThat(toThird.rule().typeA()).isEqualTo(EventType.EXECUTION);
    assertThat(toThird.rule().typeB()).isEqualTo(EventType.PUBLIC_EXECUTION);
    assertThat(toThird.rule().note()).startsWith("a public execution is an execution");
    assertThat(toThird.commonEarliest()).isNull(); // 03-10 and 03-15: 5 days apart
    assertThat(toThird.gapDays()).isEqualTo(5);
    assertThat(toThird.overlapSqm()).isPositive();
    assertThat(toThird.distanceM()).isZero();
    assertThat(toThird.text())
        .startsWith(
            "claim:3 joined through claim:2: execution ~ public-execution (a public execution is an"
                + " execution;")
        .contains("; times 5 days apart (within twice 30 days); places overlap by ");
    MatchLink toFourth = explanation.links().get(2);
    // Centres 800 m apart, radii 200 m: 400 m between the circles (their 64-gons, 0.5 m more).
    assertThat(toFourth.overlapSqm()).isZero();
    assertThat(toFourth.distanceM()).isCloseTo(400, within(1.0));
    assertThat(toFourth.text())
        .isEqualTo(
            "claim:4 joined through claim:3: public-execution ~ public-execution (the same type);"
                + " times overlap 1997-03-15..1997-03-15; places 400 m apart (within 500 m)");
    assertThat(explanation.sources())
        .extracting(SourceVerdict::itemKey, SourceVerdict::reason)
        .containsExactly(
            tuple("claim:1", IndependenceReason.INDEPENDENT),
            tuple("claim:2", IndependenceReason.SAME_SOURCE),
            tuple("claim:3", IndependenceReason.INDEPENDENT),
            tuple("claim:4", IndependenceReason.INDEPENDENT));
    assertThat(explanation.time().intersection()).isFalse(); // 03-10 and 03-15..20 share no day
    assertThat(explanation.time().earliest()).isEqualTo(day("1997-03-01"));
    assertThat(explanation.time().latest()).isEqualTo(day("1997-03-31"));
    assertThat(explanation.place().intersection()).isFalse(); // claim:4 is apart from claim:1
    assertThat(explanation.tolerances()).isEqualTo(Tolerances.DEFAULTS);
    assertThat(explanation.summary())
        .startsWith(
            "event:claim:1 is corroborated: 3 independent sources (witness:W-1, witness:W-2,"
                + " witness:W-3) among 4 members");
  }

  @Test
  void theSensitivityLineReportsTheLevelsAtHalfAndTwiceTheTolerances() {
    // claim:1 and claim:2 are 300 m apart; the imagery change lies 650 m west of claim:1 and
    // 950 m from claim:2. At 500 m: {claim:1, claim:2}; at 250 m: {claim:1}; at 1,000 m: all three.
    Corroboration result =
        CORROBORATOR.corroborate(
            List.of(
                claim(
                    "claim:1",
                    "witness:W-1",
                    "forced-labour",
                    "2001-04-01",
                    "2001-04-30",
                    circle(0, 0, 0)),
                claim(
                    "claim:2",
                    "witness:W-2",
                    "forced-labour",
                    "2001-04-01",
                    "2001-04-30",
                    circle(300, 0, 0)),
                item(
                    "change:9",
                    SourceRef.scenePair("s-2001-01", "s-2001-06"),
                    "construction",
                    "2001-01-10",
                    "2001-06-20",
                    circle(-650, 0, 0))));
    assertThat(result.events())
        .extracting(CorroboratedEvent::key)
        .containsExactly("event:change:9", "event:claim:1");
    Sensitivity witnesses = result.explain(result.eventOf("claim:1").orElseThrow()).sensitivity();
    assertThat(witnesses.halved()).isEqualTo(CorroborationLevel.SINGLE_SOURCE);
    assertThat(witnesses.level()).isEqualTo(CorroborationLevel.CORROBORATED);
    assertThat(witnesses.doubled()).isEqualTo(CorroborationLevel.STRONGLY_CORROBORATED);
    assertThat(witnesses.membersHalved()).isEqualTo(1);
    assertThat(witnesses.members()).isEqualTo(2);
    assertThat(witnesses.membersDoubled()).isEqualTo(3);
    assertThat(witnesses.holds()).isFalse();
    assertThat(witnesses.text())
        .isEqualTo(
            "Sensitivity: single source with tolerances halved (15 days, 250 m, 1 member),"
                + " corroborated as used (2), strongly corroborated doubled (60 days, 1,000 m, 3):"
                + " the level does not hold.");
    Sensitivity change = result.explain(result.eventOf("change:9").orElseThrow()).sensitivity();
    assertThat(change.halved()).isEqualTo(CorroborationLevel.SINGLE_SOURCE);
    assertThat(change.level()).isEqualTo(CorroborationLevel.SINGLE_SOURCE);
    assertThat(change.doubled()).isEqualTo(CorroborationLevel.STRONGLY_CORROBORATED);
  }

  @Test
  void theSensitivityHoldsWhenNothingIsNear() {
    Geometry camp = circle(0, 0, 1000);
    Sensitivity sensitivity =
        explainOnly(
                claim("claim:1", "witness:W-1", "torture", "1997", camp),
                claim("claim:2", "witness:W-2", "torture", "1997", camp))
            .sensitivity();
    assertThat(sensitivity.holds()).isTrue();
    assertThat(sensitivity.halved()).isEqualTo(CorroborationLevel.CORROBORATED);
    assertThat(sensitivity.doubled()).isEqualTo(CorroborationLevel.CORROBORATED);
  }

  @Test
  void theSameItemsInAnyOrderGiveTheSameEventsAndExplanations() {
    List<EvidenceItem> items = new ArrayList<>(mixedItems());
    Corroboration first = CORROBORATOR.corroborate(items);
    List<Explanation> explanations = first.events().stream().map(first::explain).toList();
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(items, random);
      Corroboration again = CORROBORATOR.corroborate(items);
      assertThat(again.events()).isEqualTo(first.events());
      assertThat(again.events().stream().map(again::explain).toList()).isEqualTo(explanations);
    }
    assertThat(first.events()).hasSizeGreaterThan(2);
  }

  @Test
  void aKeyGivenTwiceOrASourceOfTwoKindsIsRefused() {
    Geometry camp = circle(0, 0, 1000);
    EvidenceItem a = claim("claim:1", "witness:W-1", "torture", "1997", camp);
    assertThatThrownBy(() -> CORROBORATOR.corroborate(List.of(a, a)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("items: item key claim:1 appears twice");
    EvidenceItem b = item("claim:2", SourceRef.document("witness:W-1"), "torture", "1997", camp);
    assertThatThrownBy(() -> CORROBORATOR.corroborate(List.of(a, b)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "items: source witness:W-1 is testimony elsewhere but document in item claim:2");
  }

  @Test
  void aChangeAffectsTheItemsConnectedToItBeforeAndAfter() {
    List<EvidenceItem> before = new ArrayList<>(mixedItems());
    // claim:2 moves 5 km east, from the executions at (0, 0) to the forced labour at (5000, 0),
    // and becomes forced labour.
    EvidenceItem moved =
        claim("claim:2", "witness:W-2", "forced-labour", "1997", circle(5200, 0, 300));
    EvidenceItem former =
        before.stream().filter(i -> i.key().equals("claim:2")).findFirst().orElseThrow();
    List<EvidenceItem> after = new ArrayList<>(before);
    after.set(before.indexOf(former), moved);
    List<EvidenceItem> affected = CORROBORATOR.affectedBy(List.of(former, moved), after);
    // Its former neighbours (claim:1, claim:3) and its new event (claim:4, change:1, change:2,
    // statement:1, statement:2); not the torture at (-5000, 0) nor the starvation.
    assertThat(affected)
        .extracting(EvidenceItem::key)
        .containsExactly(
            "change:1",
            "change:2",
            "claim:1",
            "claim:2",
            "claim:3",
            "claim:4",
            "statement:1",
            "statement:2");
  }

  /** Items of several events: camps 5 km apart, mixed sources, hearsay, lineage, imagery. */
  static List<EvidenceItem> mixedItems() {
    return List.of(
        claim("claim:1", "witness:W-1", "execution", "1997-03-01", "1997-03-31", circle(0, 0, 500)),
        claim("claim:2", "witness:W-2", "public-execution", "1997", circle(200, 0, 300)),
        item(
            "claim:3",
            SourceRef.hearsay("witness:W-3", "witness:W-1"),
            "death-in-custody",
            "1997",
            circle(0, 100, 800)),
        claim(
            "claim:4",
            "witness:W-4",
            "forced-labour",
            "1990-01-01",
            "1999-12-31",
            circle(5000, 0, 2000)),
        item(
            "change:1",
            SourceRef.scenePair("a", "b"),
            "construction",
            "1995-02-01",
            "1996-07-01",
            circle(5200, 0, 100)),
        item(
            "change:2",
            SourceRef.scenePair("a", "b"),
            "expansion",
            "1995-02-01",
            "1996-07-01",
            circle(5400, 0, 100)),
        item(
            "statement:1",
            SourceRef.document("document:1", "report:r"),
            "forced-labour",
            "1996",
            circle(5000, 500, 1000)),
        item(
            "statement:2",
            SourceRef.document("document:2", "report:r"),
            "forced-labour",
            "1996",
            circle(5000, 500, 1000)),
        claim("claim:5", "witness:W-5", "torture", "2005-01-01", null, circle(-5000, 0, 1000)),
        claim("claim:6", "witness:W-5", "torture", "2010", circle(-5000, 0, 1000)),
        claim("claim:7", "witness:W-6", "sexual-violence", "2012-06", circle(-5200, 0, 800)),
        claim("claim:8", "witness:W-7", "starvation", null, "1980-12-31", circle(0, -6000, 1000)));
  }
}
