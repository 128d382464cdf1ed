package org.sightline.server.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.structure.MatchingParameters;
import org.sightline.geodata.structure.SeriesPoint;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureTracker;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.InvalidFieldsException;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.registry.FacilityEdit;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.sample.SampleDataLoader;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.visibility.Visibility;

/**
 * Observations, overrides and what is derived from them, as services on a real migrated PostGIS
 * without HTTP, wired as {@code SightlineApplication} wires them over the server's restricted role,
 * with the sample Sentinel-2 scenes in the catalogue. Each test draws at a facility of its own, in
 * metres east and north of Camp 14's location (inside the scenes' footprints).
 */
@PostgisTest
class ObservationsServiceTest {
  private static final Actor ANALYST = new Actor("user:structure-analyst");
  private static final String[] SCENES = {
    "S2B_52SBJ_20241210_0_L2A", // 2024-12-10
    "S2C_52SBJ_20250124_0_L2A", // 2025-01-24
    "S2B_52SBJ_20250208_0_L2A", // 2025-02-08
    "S2B_52SBJ_20250320_1_L2A" // 2025-03-20
  };
  private static final double LON0 = 126.0621556;
  private static final double LAT0 = 39.5717058;

  private static FacilityRegistry registry;
  private static Observations observations;
  private static StructureOverrides overrides;
  private static StructureChange change;
  private static Jdbi fixtures;
  private static int serial;

  @BeforeAll
  static void wire(TestDatabase database) {
    new SampleDataLoader(database.appJdbi())
        .loadScenes(new SceneStore(database.appJdbi(), Clock.systemUTC()));
    AttributedTransactions transactions = new AttributedTransactions(database.appJdbi());
    registry = new FacilityRegistry(transactions);
    StructureRecomputation recomputation =
        new StructureRecomputation(new StructureTracker(MatchingParameters.DEFAULTS));
    observations = new Observations(transactions, recomputation);
    overrides = new StructureOverrides(transactions, recomputation);
    change =
        new StructureChange(
            transactions, registry, new DatedAreas(DatedAreaKind.BOUNDARY, transactions, registry));
    fixtures = database.jdbi();
  }

  private static String newFacility() {
    String id = "structure-camp-" + ++serial;
    registry.create(
        ANALYST,
        new FacilityEdit(
            id,
            "Structure camp " + serial,
            null,
            null,
            null,
            List.of(),
            "kwanliso",
            "operational",
            null,
            null,
            null,
            null,
            geo("POINT (" + LON0 + " " + LAT0 + ")")),
        false);
    return id;
  }

  private static JsonNode geo(String wkt) {
    return GeoJsonGeometryWriter.toNode(Geometries.fromWkt(wkt));
  }

  /** A w x h metre rectangle whose south-west corner is x m east and y m north of the centre. */
  private static JsonNode rect(double x, double y, double w, double h) {
    return geo(
        "POLYGON (("
            + at(x, y)
            + ", "
            + at(x + w, y)
            + ", "
            + at(x + w, y + h)
            + ", "
            + at(x, y + h)
            + ", "
            + at(x, y)
            + "))");
  }

  private static String at(double xM, double yM) {
    double lon = LON0 + xM / (111_320.0 * Math.cos(Math.toRadians(LAT0)));
    double lat = LAT0 + yM / 111_000.0;
    return lon + " " + lat;
  }

  private static ObservationEdit.Structure drawn(String structureClass, JsonNode geometry) {
    return new ObservationEdit.Structure(null, structureClass, null, geometry, null);
  }

  private static ObservationEdit edit(
      String scene,
      List<ObservationEdit.Structure> structures,
      ObservationEdit.Unassessable... areas) {
    return new ObservationEdit(scene, null, "likely", null, structures, List.of(areas));
  }

  private static Observations.Written record(
      String facility,
      String scene,
      List<ObservationEdit.Structure> structures,
      ObservationEdit.Unassessable... areas) {
    return observations.record(ANALYST, facility, edit(scene, structures, areas), false);
  }

  private static long count(String sql, Object... args) {
    return fixtures.withHandle(
        h -> {
          var query = h.createQuery(sql);
          for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
          }
          return query.mapTo(Long.class).one();
        });
  }

  @Test
  void anObservationKeepsItsDrawingsMeasuredOnTheEllipsoid() {
    String camp = newFacility();
    Observations.Written written =
        record(camp, SCENES[0], List.of(drawn("prisoner-housing", rect(0, 0, 40, 12))));
    ObservationView view = written.observation();
    assertThat(view.sceneId()).isEqualTo(SCENES[0]);
    assertThat(view.sceneDate()).isEqualTo(LocalDate.of(2024, 12, 10));
    assertThat(view.structures()).hasSize(1);
    assertThat(view.structures().get(0).areaSqm()).isCloseTo(480, withPercentage(1));
    assertThat(view.structures().get(0).condition()).isEqualTo("intact");
    assertThat(view.version()).isEqualTo(1);
    assertThat(written.derived().structures()).isEqualTo(1);
    assertThat(change.structures(camp, Visibility.STAFF)).hasSize(1);
  }

  @Test
  void aNewGuardPostAppearsBracketedByTheTwoSceneDates() {
    String camp = newFacility();
    record(camp, SCENES[0], List.of(drawn("prisoner-housing", rect(0, 0, 40, 12))));
    Observations.Written second =
        record(
            camp,
            SCENES[1],
            List.of(
                drawn("prisoner-housing", rect(1, 1, 40, 12)),
                drawn("guard-post", rect(100, 100, 6, 6))));
    List<ChangeEventRow> events = change.events(camp, Visibility.STAFF);
    assertThat(events).hasSize(1);
    ChangeEventRow appeared = events.get(0);
    assertThat(appeared.kind()).isEqualTo("appeared");
    assertThat(appeared.structureClass()).isEqualTo("guard-post");
    assertThat(appeared.earliest()).isEqualTo(LocalDate.of(2024, 12, 10));
    assertThat(appeared.latest()).isEqualTo(LocalDate.of(2025, 1, 24));
    assertThat(appeared.earliestSceneId()).isEqualTo(SCENES[0]);
    assertThat(appeared.latestSceneId()).isEqualTo(SCENES[1]);
    assertThat(appeared.latestObservationId()).isEqualTo(second.observation().id());
    assertThat(appeared.statementEn()).contains("2024-12-10").contains("2025-01-24");
    assertThat(appeared.statementKo()).contains("2024-12-10").contains("2025-01-24");
    assertThat(appeared.illustrative()).isFalse();
    // the housing block digitized a metre off is the same structure: two structures in all
    assertThat(change.structures(camp, Visibility.STAFF)).hasSize(2);
  }

  @Test
  void aBlockUnderCloudIsNotAssessableAndItsDisappearanceWaitsForTheNextClearScene() {
    String camp = newFacility();
    record(
        camp,
        SCENES[0],
        List.of(
            drawn("prisoner-housing", rect(0, 0, 40, 12)),
            drawn("prisoner-housing", rect(200, 0, 40, 12))));
    record(
        camp,
        SCENES[1],
        List.of(drawn("prisoner-housing", rect(0, 0, 40, 12))),
        new ObservationEdit.Unassessable("cloud", rect(150, -50, 200, 200)));
    assertThat(change.events(camp, Visibility.STAFF)).isEmpty();
    record(camp, SCENES[2], List.of(drawn("prisoner-housing", rect(0, 0, 40, 12))));
    List<ChangeEventRow> events = change.events(camp, Visibility.STAFF);
    assertThat(events).extracting(ChangeEventRow::kind).containsExactly("disappeared");
    assertThat(events.get(0).earliest()).isEqualTo(LocalDate.of(2024, 12, 10));
    assertThat(events.get(0).latest()).isEqualTo(LocalDate.of(2025, 2, 8));
    StructureRow gone =
        change.structures(camp, Visibility.STAFF).stream()
            .filter(s -> s.identityId() == events.get(0).identityId())
            .findFirst()
            .orElseThrow();
    List<String> states = new ArrayList<>();
    gone.states().forEach(s -> states.add(s.get("state").asText()));
    assertThat(states).containsExactly("present", "not-assessable", "absent");
  }

  @Test
  void anEditKeepsTheDrawingsItNamesSoftDeletesTheRestAndNeedsTheVersionRead() {
    String camp = newFacility();
    ObservationView first =
        record(
                camp,
                SCENES[0],
                List.of(
                    drawn("prisoner-housing", rect(0, 0, 40, 12)),
                    drawn("guard-post", rect(100, 100, 6, 6))))
            .observation();
    long kept = first.structures().get(0).id();
    long dropped = first.structures().get(1).id();
    ObservationEdit replacement =
        new ObservationEdit(
            null,
            null,
            "very-likely",
            "second look",
            List.of(
                new ObservationEdit.Structure(
                    kept, "prisoner-housing", "major-damage", rect(0, 0, 40, 12), null)),
            List.of());
    assertThatThrownBy(() -> observations.replace(ANALYST, first.id(), 7, replacement))
        .isInstanceOf(StaleVersionException.class);
    ObservationView second =
        observations.replace(ANALYST, first.id(), 1, replacement).observation();
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.confidence()).isEqualTo("very-likely");
    assertThat(second.structures()).extracting(ObservationView.Drawing::id).containsExactly(kept);
    assertThat(second.structures().get(0).condition()).isEqualTo("major-damage");
    assertThat(
            count(
                "SELECT count(*) FROM observed_structure WHERE id = ? AND deleted_at IS NOT NULL",
                dropped))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM record_version WHERE table_name = 'observed_structure' AND record_id = ?",
                Long.toString(kept)))
        .as("the drawing's states: inserted, then changed")
        .isEqualTo(2);
  }

  @Test
  void deletingAnObservationSupersedesWhatItDerivedButDeletesNothing() {
    String camp = newFacility();
    record(camp, SCENES[0], List.of(drawn("prisoner-housing", rect(0, 0, 40, 12))));
    ObservationView second =
        record(
                camp,
                SCENES[1],
                List.of(
                    drawn("prisoner-housing", rect(0, 0, 40, 12)),
                    drawn("guard-post", rect(100, 100, 6, 6))))
            .observation();
    assertThat(change.events(camp, Visibility.STAFF)).hasSize(1);
    observations.delete(ANALYST, second.id(), 1, "drawn on the wrong scene");
    assertThat(change.events(camp, Visibility.STAFF)).isEmpty();
    assertThat(
            count(
                "SELECT count(*) FROM change_event WHERE facility_id = ? AND superseded_at IS NOT NULL",
                camp))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM observation WHERE id = ? AND deleted_at IS NOT NULL",
                second.id()))
        .isEqualTo(1);
    assertThatThrownBy(() -> observations.get(second.id()))
        .hasMessageContaining("there is no observation " + second.id());
  }

  @Test
  void aForcedMatchSurvivesRecomputationAndItsWithdrawalUndoesIt() {
    String camp = newFacility();
    long first =
        record(camp, SCENES[0], List.of(drawn("administration", rect(0, 0, 30, 20))))
            .observation()
            .structures()
            .get(0)
            .id();
    ObservationView second =
        record(camp, SCENES[1], List.of(drawn("administration", rect(300, 0, 30, 20))))
            .observation();
    long moved = second.structures().get(0).id();
    assertThat(change.structures(camp, Visibility.STAFF)).hasSize(2);
    StructureOverrides.Written match =
        overrides.add(
            ANALYST,
            camp,
            new StructureOverrides.Edit("match", moved, first, "the same office, redrawn"));
    assertThat(match.derived().overridesNotApplied()).isEmpty();
    assertThat(change.structures(camp, Visibility.STAFF)).hasSize(1);
    // an unrelated edit of the second observation recomputes the facility: the match holds
    observations.replace(
        ANALYST,
        second.id(),
        1,
        new ObservationEdit(
            null,
            null,
            "likely",
            "notes added",
            List.of(
                new ObservationEdit.Structure(
                    moved, "administration", null, rect(300, 0, 30, 20), null)),
            List.of()));
    assertThat(change.structures(camp, Visibility.STAFF))
        .extracting(StructureRow::identityId)
        .containsExactly(first);
    overrides.withdraw(ANALYST, camp, match.override().id(), "it was not the same office");
    assertThat(change.structures(camp, Visibility.STAFF)).hasSize(2);
  }

  @Test
  void refusedInputIsReportedWholeAndWritesNothing() {
    String camp = newFacility();
    long before = count("SELECT count(*) FROM audit_event");
    List<ObservationEdit.Structure> bad =
        List.of(
            drawn(
                "prisoner-housing",
                geo(
                    "POLYGON ((126.06 39.57, 126.061 39.571, 126.061 39.57, 126.06 39.571, 126.06 39.57))")),
            drawn("barracks", rect(0, 0, 10, 10)),
            drawn("guard-post", geo("POINT (126.06 39.57)")),
            drawn("prisoner-housing", geo("LINESTRING (126.06 39.57, 126.061 39.571)")),
            drawn("guard-post", rect(0, 0, 10, 10)));
    assertThatThrownBy(() -> record(camp, SCENES[0], bad))
        .isInstanceOfSatisfying(
            InvalidFieldsException.class,
            e ->
                assertThat(String.join("\n", e.problems()))
                    .contains("structures[0].geometry")
                    .containsIgnoringCase("self-intersection")
                    .contains("structures[1].class: unknown value 'barracks'")
                    .contains("structures[2].geometry: a Point is not a structure")
                    .contains("structures[3].geometry: a LineString may only be a perimeter")
                    .doesNotContain("structures[4]"));
    assertThatThrownBy(
            () -> record(camp, "no-such-scene", List.of(drawn("guard-post", rect(0, 0, 10, 10)))))
        .hasMessageContaining("sceneId 'no-such-scene' is not in the imagery catalogue");
    assertThatThrownBy(
            () ->
                record(
                    camp,
                    SCENES[0],
                    List.of(
                        drawn(
                            "guard-post",
                            geo("POLYGON ((128 42, 128.001 42, 128.001 42.001, 128 42))")))))
        .hasMessageContaining("lies wholly outside the footprint");
    assertThat(count("SELECT count(*) FROM observation WHERE facility_id = ?", camp)).isZero();
    assertThat(count("SELECT count(*) FROM audit_event")).isEqualTo(before);
  }

  @Test
  void aSecondObservationOfOneSceneIsAConflictNamingTheFirst() {
    String camp = newFacility();
    long id = record(camp, SCENES[0], List.of()).observation().id();
    assertThatThrownBy(() -> record(camp, SCENES[0], List.of()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("observation " + id);
  }

  @Test
  void recomputingOneFacilityLeavesEveryOtherFacilityUntouched() {
    String other = newFacility();
    record(other, SCENES[0], List.of(drawn("mining", rect(0, 0, 100, 100))));
    String computedBefore =
        fixtures.withHandle(
            h ->
                h.createQuery(
                        "SELECT computed_at::text FROM tracked_structure WHERE facility_id = ?")
                    .bind(0, other)
                    .mapTo(String.class)
                    .one());
    String camp = newFacility();
    record(camp, SCENES[0], List.of(drawn("mining", rect(0, 0, 100, 100))));
    record(camp, SCENES[1], List.of(drawn("mining", rect(0, 0, 150, 100))));
    String computedAfter =
        fixtures.withHandle(
            h ->
                h.createQuery(
                        "SELECT computed_at::text FROM tracked_structure WHERE facility_id = ?")
                    .bind(0, other)
                    .mapTo(String.class)
                    .one());
    assertThat(computedAfter).isEqualTo(computedBefore);
    assertThat(change.events(camp, Visibility.STAFF))
        .extracting(ChangeEventRow::kind)
        .containsExactly("expanded");
  }

  @Test
  void theSeriesCountsWhatEachSceneShows() {
    String camp = newFacility();
    record(
        camp,
        SCENES[0],
        List.of(
            drawn("prisoner-housing", rect(0, 0, 40, 12)),
            drawn("prisoner-housing", rect(0, 50, 40, 12)),
            drawn("guard-post", rect(100, 100, 6, 6))));
    record(
        camp,
        SCENES[1],
        List.of(
            drawn("prisoner-housing", rect(0, 0, 40, 12)),
            drawn("prisoner-housing", rect(0, 50, 40, 12)),
            drawn("prisoner-housing", rect(0, 100, 40, 12)),
            drawn("guard-post", rect(100, 100, 6, 6))));
    StructureChange.Series series = change.series(camp, null, null, Visibility.STAFF);
    assertThat(series.points()).hasSize(2);
    SeriesPoint first = series.points().get(0);
    SeriesPoint second = series.points().get(1);
    assertThat(first.counts().get(StructureClass.PRISONER_HOUSING)).isEqualTo(2);
    assertThat(second.counts().get(StructureClass.PRISONER_HOUSING)).isEqualTo(3);
    assertThat(second.counts().get(StructureClass.GUARD_POST)).isEqualTo(1);
    assertThat(second.builtUpAreaSqm().get(StructureClass.PRISONER_HOUSING))
        .isCloseTo(3 * 480, withPercentage(1));
    assertThat(series.comparisons())
        .filteredOn(c -> c.structureClass() == StructureClass.PRISONER_HOUSING)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.fromCount()).isEqualTo(2);
              assertThat(c.toCount()).isEqualTo(3);
              assertThat(c.changePct()).isEqualTo(50);
              assertThat(c.statement().en())
                  .contains("2024-12-10")
                  .contains("2025-01-24")
                  .contains("50%")
                  .contains("from 2 to 3");
            });
  }

  @Test
  void theIllustrativeSeriesLoadsOnceIsMarkedAndIsNeverReAddedOnceDeleted() {
    String camp = newFacility();
    List<ObservationEdit> series =
        List.of(
            edit(SCENES[0], List.of(drawn("prisoner-housing", rect(0, 0, 40, 12)))),
            edit(
                SCENES[1],
                List.of(
                    drawn("prisoner-housing", rect(0, 0, 40, 12)),
                    drawn("guard-post", rect(100, 100, 6, 6)))));
    Actor sample = new Actor("system:sample-data");
    assertThat(observations.loadIllustrative(sample, camp, series)).isEqualTo(2);
    assertThat(observations.loadIllustrative(sample, camp, series)).isZero();
    assertThat(change.events(camp, Visibility.STAFF))
        .singleElement()
        .satisfies(e -> assertThat(e.illustrative()).isTrue());
    assertThat(change.structures(camp, Visibility.STAFF)).allMatch(StructureRow::illustrative);
    assertThat(change.series(camp, null, null, Visibility.STAFF).illustrative()).isTrue();
    long second = observations.of(camp).get(1).id();
    observations.delete(ANALYST, second, 1, "not wanted on this install");
    assertThat(observations.loadIllustrative(sample, camp, series)).isZero();
    assertThat(observations.of(camp)).hasSize(1);
    assertThat(observations.loadIllustrative(sample, "no-such-camp", series)).isZero();
  }

  @Test
  void jsonOfAStoredStateNamesTheDrawing() {
    String camp = newFacility();
    long drawing =
        record(camp, SCENES[0], List.of(drawn("guard-post", rect(0, 0, 6, 6))))
            .observation()
            .structures()
            .get(0)
            .id();
    StructureRow row = change.structures(camp, Visibility.STAFF).get(0);
    assertThat(row.identityId()).isEqualTo(drawing);
    JsonNode state = row.states().get(0);
    assertThat(state.get("state").asText()).isEqualTo("present");
    assertThat(state.get("sceneId").asText()).isEqualTo(SCENES[0]);
    assertThat(state.get("sceneDate").asText()).isEqualTo("2024-12-10");
    assertThat(state.get("observedStructureId").asLong()).isEqualTo(drawing);
  }

  /**
   * Two analysts recording the same scene at the same moment: the facility row lock queues them, so
   * one is recorded and the other is a conflict naming it (never a database error, never two).
   */
  @Test
  void simultaneousRecordingsOfOneSceneGiveOneObservationAndOneConflict() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String camp = newFacility();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
          outcomes.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      record(camp, SCENES[0], List.of(drawn("guard-post", rect(0, 0, 6, 6))));
                      return "recorded";
                    } catch (ConflictException e) {
                      return "conflict";
                    }
                  }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
          results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        assertThat(results).as("round " + round).containsExactlyInAnyOrder("recorded", "conflict");
        assertThat(
                count(
                    "SELECT count(*) FROM observation WHERE facility_id = ? AND deleted_at IS NULL",
                    camp))
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
