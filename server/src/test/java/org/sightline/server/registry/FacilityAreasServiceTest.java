package org.sightline.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.server.registry.FacilityRegistryServiceTest.facility;
import static org.sightline.server.registry.FacilityRegistryServiceTest.json;
import static org.sightline.server.registry.FacilityRegistryServiceTest.kindOf;
import static org.sightline.server.registry.FacilityRegistryServiceTest.point;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.geodata.facility.ZoneLabel;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ErrorKind;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPublishing;
import org.sightline.server.visibility.Visibility;

/**
 * Boundaries and zones of facilities as services on a real migrated PostGIS, without HTTP, built as
 * {@code SightlineApplication} builds them over the server's restricted role: versions that never
 * overlap in time, reads as of a day, visibility through their facility, soft deletes, and refused
 * input that writes nothing. One database for the class; each test works on facilities of its own.
 */
@PostgisTest
class FacilityAreasServiceTest {
  private static final Actor ANALYST = new Actor("user:areas-analyst");
  private static FacilityRegistry registry;
  private static DatedAreas boundaries;
  private static DatedAreas zones;
  private static Jdbi fixtures;

  @BeforeAll
  static void wire(TestDatabase database) {
    AttributedTransactions transactions = new AttributedTransactions(database.appJdbi());
    registry = new FacilityRegistry(transactions);
    boundaries = new DatedAreas(DatedAreaKind.BOUNDARY, transactions, registry);
    zones = new DatedAreas(DatedAreaKind.ZONE, transactions, registry);
    fixtures = database.jdbi();
  }

  /** A square of {@code sizeDegrees} from its south-west corner, as GeoJSON. */
  private static JsonNode square(double lon, double lat, double sizeDegrees) {
    double east = lon + sizeDegrees;
    double north = lat + sizeDegrees;
    return json(
        "{\"type\": \"Polygon\", \"coordinates\": [[["
            + lon
            + ", "
            + lat
            + "], ["
            + east
            + ", "
            + lat
            + "], ["
            + east
            + ", "
            + north
            + "], ["
            + lon
            + ", "
            + north
            + "], ["
            + lon
            + ", "
            + lat
            + "]]]}");
  }

  private static BoundaryEdit boundary(JsonNode geometry, String validFrom, String validTo) {
    return new BoundaryEdit(
        geometry, validFrom, validTo, "approximate", "low", null, List.of(), null);
  }

  private static ZoneEdit zone(
      String key, String name, String kind, JsonNode geometry, String validFrom, String validTo) {
    return new ZoneEdit(
        key,
        name,
        null,
        kind,
        geometry,
        validFrom,
        validTo,
        "approximate",
        "low",
        null,
        List.of(),
        null);
  }

  private static String newFacility(String id) {
    registry.create(ANALYST, facility(id, "Facility " + id, point(128.0, 41.0)), false);
    return id;
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

  /** Rows of boundary and zone versions of the facility, live or soft-deleted. */
  private static long areaRows(String facilityId) {
    return count(
        "SELECT (SELECT count(*) FROM facility_boundary WHERE facility_id = ?)"
            + " + (SELECT count(*) FROM zone WHERE facility_id = ?)",
        facilityId,
        facilityId);
  }

  private static long auditTrail() {
    return count(
        "SELECT (SELECT count(*) FROM audit_event) + (SELECT count(*) FROM record_version)");
  }

  private static long asOfId(String facilityId, String date) {
    return boundaries.asOf(facilityId, LocalDate.parse(date), Visibility.STAFF).orElseThrow().id();
  }

  @Test
  void boundaryVersionsNeverOverlapAndAsOfPicksTheOneValidThatDay() {
    String id = newFacility("areas-timeline");
    long early =
        boundaries
            .add(ANALYST, id, boundary(square(128.0, 41.0, 0.02), null, "2010-01-01"), false)
            .version()
            .id();
    long later =
        boundaries
            .add(ANALYST, id, boundary(square(128.0, 41.0, 0.03), "2010-01-01", null), false)
            .version()
            .id();

    long rowsBefore = areaRows(id);
    long trailBefore = auditTrail();
    assertThatThrownBy(
            () ->
                boundaries.add(
                    ANALYST,
                    id,
                    boundary(square(128.0, 41.0, 0.01), "2005-06-01", "2012-01-01"),
                    false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CONFLICT))
        .hasMessageContaining("overlaps version " + early)
        .hasMessageContaining("version " + later);
    assertThat(areaRows(id)).as("a clash writes nothing").isEqualTo(rowsBefore);
    assertThat(auditTrail()).isEqualTo(trailBefore);

    assertThat(asOfId(id, "2009-12-31")).isEqualTo(early);
    assertThat(asOfId(id, "2010-01-01")).as("validTo is exclusive").isEqualTo(later);
    assertThat(asOfId(id, "1950-01-01")).as("open start").isEqualTo(early);
    assertThat(asOfId(id, "2030-01-01")).as("open end").isEqualTo(later);
    assertThat(boundaries.versions(id, null, Visibility.STAFF))
        .extracting(DatedArea::id)
        .containsExactly(early, later);

    DatedArea stored =
        boundaries.asOf(id, LocalDate.parse("2000-01-01"), Visibility.STAFF).orElseThrow();
    assertThat(stored.facilityId()).isEqualTo(id);
    assertThat(stored.validFrom()).isNull();
    assertThat(stored.validTo()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(stored.geometry().getGeometryType()).isEqualTo("MultiPolygon");
    // 0.02 degrees square at 41° N: about 2.22 km north-south by 1.68 km east-west.
    assertThat(stored.areaSqKm()).isBetween(3.6, 3.9);
    assertThat(stored.createdBy()).isEqualTo(ANALYST.name());
  }

  @Test
  void deletingABoundaryIsSoftWithAReasonAndFreesItsPeriod() {
    String id = newFacility("areas-deletion");
    long version =
        boundaries
            .add(ANALYST, id, boundary(square(128.1, 41.1, 0.02), "2015-01-01", null), false)
            .version()
            .id();

    assertThatThrownBy(() -> boundaries.delete(ANALYST, id, version, " "))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("reason is required");
    assertThatThrownBy(
            () ->
                boundaries.delete(
                    ANALYST, newFacility("areas-deletion-other"), version, "wrong one"))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    DatedArea deleted = boundaries.delete(ANALYST, id, version, "drawn on the wrong scene");
    assertThat(deleted.deletedAt()).isNotNull();
    assertThat(deleted.deletedBy()).isEqualTo(ANALYST.name());
    assertThat(deleted.deletionReason()).isEqualTo("drawn on the wrong scene");
    assertThat(count("SELECT count(*) FROM facility_boundary WHERE id = ?", version))
        .as("the row stays")
        .isEqualTo(1);
    assertThat(boundaries.asOf(id, LocalDate.parse("2020-01-01"), Visibility.STAFF)).isEmpty();
    assertThat(boundaries.versions(id, null, Visibility.STAFF)).isEmpty();
    assertThatThrownBy(() -> boundaries.delete(ANALYST, id, version, "again"))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CONFLICT))
        .hasMessageContaining("already deleted");

    long replacement =
        boundaries
            .add(ANALYST, id, boundary(square(128.1, 41.1, 0.025), "2015-01-01", null), false)
            .version()
            .id();
    assertThat(asOfId(id, "2020-01-01")).isEqualTo(replacement);
  }

  @Test
  void zonesAreVersionedPerKeyAndListedAsOfADay() {
    String id = newFacility("areas-zones");
    zones.add(
        ANALYST,
        id,
        zone(
            "housing-east",
            "East housing",
            "housing",
            square(128.2, 41.2, 0.01),
            null,
            "2015-06-01"),
        false);
    zones.add(
        ANALYST,
        id,
        zone(
            "housing-east",
            "East housing (expanded)",
            "housing",
            square(128.2, 41.2, 0.02),
            "2015-06-01",
            null),
        false);
    zones.add(
        ANALYST,
        id,
        zone("mine-north", "North mine", "mine", square(128.2, 41.2, 0.015), null, null),
        false);

    long rowsBefore = areaRows(id);
    assertThatThrownBy(
            () ->
                zones.add(
                    ANALYST,
                    id,
                    zone(
                        "housing-east",
                        "Again",
                        "housing",
                        square(128.2, 41.2, 0.01),
                        "2014-01-01",
                        "2016-01-01"),
                    false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CONFLICT))
        .hasMessageContaining("zone 'housing-east'");
    assertThat(areaRows(id)).isEqualTo(rowsBefore);

    assertThat(zoneNames(id, "2010-01-01")).containsExactlyInAnyOrder("East housing", "North mine");
    assertThat(zoneNames(id, "2020-01-01"))
        .containsExactlyInAnyOrder("East housing (expanded)", "North mine");
    assertThat(zones.versions(id, null, Visibility.STAFF)).hasSize(3);
  }

  private static List<String> zoneNames(String facilityId, String day) {
    return zones.versions(facilityId, LocalDate.parse(day), Visibility.STAFF).stream()
        .map(v -> ((ZoneLabel) v.label()).name())
        .toList();
  }

  @Test
  void areasAreVisibleWhenTheirFacilityIs() {
    String id = newFacility("areas-hidden");
    boundaries.add(ANALYST, id, boundary(square(128.3, 41.3, 0.02), null, null), false);
    zones.add(
        ANALYST, id, zone("farm", "Farm", "farm", square(128.3, 41.3, 0.01), null, null), false);
    LocalDate today = LocalDate.of(2026, 1, 1);

    assertThatThrownBy(() -> boundaries.versions(id, null, Visibility.PUBLIC))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    assertThatThrownBy(() -> boundaries.asOf(id, today, Visibility.PUBLIC))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    assertThatThrownBy(() -> zones.versions(id, null, Visibility.PUBLIC))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    assertThat(boundaries.versions(id, null, Visibility.STAFF)).hasSize(1);
    assertThat(zones.versions(id, null, Visibility.STAFF)).hasSize(1);

    // Publishing the facility publishes none of its areas: each is reviewed on its own.
    TestPublishing.publish(fixtures, PublicationKind.FACILITY, id);
    assertThat(boundaries.versions(id, null, Visibility.PUBLIC)).isEmpty();
    for (DatedArea area : boundaries.versions(id, null, Visibility.STAFF)) {
      TestPublishing.publish(fixtures, PublicationKind.BOUNDARY, String.valueOf(area.id()));
    }
    for (DatedArea area : zones.versions(id, null, Visibility.STAFF)) {
      TestPublishing.publish(fixtures, PublicationKind.ZONE, String.valueOf(area.id()));
    }
    assertThat(boundaries.versions(id, null, Visibility.PUBLIC)).hasSize(1);
    assertThat(boundaries.asOf(id, today, Visibility.PUBLIC)).isPresent();
    assertThat(zones.versions(id, today, Visibility.PUBLIC)).hasSize(1);

    // A deleted facility's areas are visible to no one, and it takes no new ones.
    registry.delete(ANALYST, id, 1, "test of deleted facilities");
    assertThatThrownBy(() -> boundaries.versions(id, null, Visibility.STAFF))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    assertThatThrownBy(() -> zones.versions(id, null, Visibility.STAFF))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    long rowsBefore = areaRows(id);
    assertThatThrownBy(
            () ->
                boundaries.add(
                    ANALYST, id, boundary(square(128.3, 41.3, 0.02), "2030-01-01", null), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND))
        .hasMessageContaining("was deleted");
    assertThatThrownBy(
            () ->
                zones.add(
                    ANALYST,
                    id,
                    zone("mine", "Mine", "mine", square(128.3, 41.3, 0.01), null, null),
                    false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    assertThat(areaRows(id)).isEqualTo(rowsBefore);
  }

  @Test
  void invalidAreasAreRefusedNamingTheFieldAndNothingIsWritten() {
    String id = newFacility("areas-invalid");
    long trailBefore = auditTrail();
    JsonNode good = square(128.4, 41.4, 0.02);
    JsonNode bowtie =
        json(
            "{\"type\": \"Polygon\", \"coordinates\": [[[128.4, 41.4], [128.43, 41.43],"
                + " [128.43, 41.4], [128.4, 41.43], [128.4, 41.4]]]}");

    assertThatThrownBy(() -> boundaries.add(ANALYST, id, boundary(bowtie, null, null), false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("geometry: self-intersection at");
    assertThatThrownBy(
            () -> boundaries.add(ANALYST, id, boundary(point(128.4, 41.4), null, null), false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("geometry");
    assertThatThrownBy(
            () ->
                boundaries.add(
                    ANALYST,
                    id,
                    new BoundaryEdit(good, null, null, "surveyed", "high", null, List.of(), null),
                    false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining(
            "basis must be one of approximate, digitized, published; got 'surveyed'");
    assertThatThrownBy(
            () ->
                boundaries.add(
                    ANALYST,
                    id,
                    new BoundaryEdit(good, null, null, "digitized", "high", null, List.of(), null),
                    false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("needs sceneId");
    assertThatThrownBy(
            () -> boundaries.add(ANALYST, id, boundary(good, "2012-01-01", "2011-01-01"), false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("validTo (2011-01-01) must be after validFrom (2012-01-01)");
    assertThatThrownBy(() -> boundaries.add(ANALYST, id, boundary(good, "2012-13-01", null), false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("validFrom");
    assertThatThrownBy(() -> boundaries.add(ANALYST, id, null, false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT));
    assertThatThrownBy(
            () ->
                boundaries.add(
                    ANALYST, "areas-no-such-facility", boundary(good, null, null), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));

    assertThatThrownBy(
            () -> zones.add(ANALYST, id, zone("camp", "Camp", "gulag", good, null, null), false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining(
            "kind must be one of administration, detention, factory, farm, housing, mine, other,"
                + " security; got 'gulag'");
    assertThatThrownBy(
            () ->
                zones.add(
                    ANALYST, id, zone("East Housing", "East", "housing", good, null, null), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("zoneKey must be");
    assertThatThrownBy(
            () ->
                zones.add(ANALYST, id, zone("east", "East", "housing", bowtie, null, null), false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("geometry: self-intersection at");

    assertThat(areaRows(id)).isZero();
    assertThat(auditTrail())
        .as("refused input leaves no audit event or history row")
        .isEqualTo(trailBefore);

    // Asked for, the repair is made and reported.
    DatedAreas.Added repaired = boundaries.add(ANALYST, id, boundary(bowtie, null, null), true);
    assertThat(repaired.repairs()).isNotEmpty();
    assertThat(repaired.version().geometry().isValid()).isTrue();
    assertThat(areaRows(id)).isEqualTo(1);
  }

  @Test
  void twoSimultaneousOverlappingVersionsLeaveOneAndAConflict() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String id = newFacility("areas-race-" + round);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
          double size = 0.01 + writer * 0.005;
          outcomes.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      return boundaries.add(
                          ANALYST,
                          id,
                          boundary(square(128.5, 41.5, size), "2020-01-01", null),
                          false);
                    } catch (RuntimeException e) {
                      return e;
                    }
                  }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
          results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        assertThat(results)
            .filteredOn(r -> r instanceof DatedAreas.Added)
            .as("round %d", round)
            .hasSize(1);
        assertThat(results)
            .filteredOn(r -> r instanceof RuntimeException)
            .singleElement()
            .satisfies(e -> assertThat(kindOf((Throwable) e)).isEqualTo(ErrorKind.CONFLICT));
        assertThat(boundaries.versions(id, null, Visibility.STAFF)).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
