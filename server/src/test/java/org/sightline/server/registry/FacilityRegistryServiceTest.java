package org.sightline.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.RecordVersion;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.DomainException;
import org.sightline.server.errors.ETags;
import org.sightline.server.errors.ErrorKind;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPublishing;
import org.sightline.server.visibility.Visibility;

/**
 * {@link FacilityRegistry} as a service on a real migrated PostGIS, without HTTP: built as {@code
 * SightlineApplication} builds it, over the server's restricted database role. One database for the
 * class; every test writes facilities of its own ids, so tests do not see each other's rows.
 */
@PostgisTest
class FacilityRegistryServiceTest {
  private static final Actor ANALYST = new Actor("user:service-analyst");
  private static final Actor OTHER_ANALYST = new Actor("user:service-other");
  private static FacilityRegistry registry;

  /** The schema owner, for counting rows and publishing (publication is not the registry's job). */
  private static Jdbi fixtures;

  @BeforeAll
  static void wire(TestDatabase database) {
    registry = new FacilityRegistry(new AttributedTransactions(database.appJdbi()));
    fixtures = database.jdbi();
  }

  static JsonNode json(String text) {
    try {
      return JsonMapping.reader().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static JsonNode point(double lon, double lat) {
    return json("{\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}");
  }

  /** A facility to create, with the fields a minimal client sends. */
  static FacilityEdit facility(String id, String name, JsonNode location) {
    return new FacilityEdit(
        id,
        name,
        null,
        null,
        null,
        List.of(),
        "kyohwaso",
        "unconfirmed",
        null,
        null,
        null,
        null,
        location);
  }

  /** The same edit with another name and no id (as a replace sends it). */
  static FacilityEdit renamed(FacilityEdit edit, String name) {
    return new FacilityEdit(
        null,
        name,
        edit.nameKo(),
        edit.nameMr(),
        edit.nameRr(),
        edit.aliases(),
        edit.type(),
        edit.status(),
        edit.statusSince(),
        edit.controllingAgency(),
        edit.province(),
        edit.description(),
        edit.location());
  }

  static ErrorKind kindOf(Throwable thrown) {
    assertThat(thrown).isInstanceOf(DomainException.class);
    return ((DomainException) thrown).kind();
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

  /** Rows of {@code facility} with this id, live or deleted. */
  private static long facilityRows(String id) {
    return count("SELECT count(*) FROM facility WHERE id = ?", id);
  }

  /** Every audit event and every history row: what a write leaves behind. */
  private static long auditTrail() {
    return count(
        "SELECT (SELECT count(*) FROM audit_event) + (SELECT count(*) FROM record_version)");
  }

  private static void publish(String id) {
    TestPublishing.publish(fixtures, PublicationKind.FACILITY, id);
  }

  @Test
  void createdFacilityReadsBackAsStoredAtVersionOneUnpublishedAndAttributed() {
    String decomposed = Normalizer.normalize("전거리", Normalizer.Form.NFD);
    FacilityEdit edit =
        new FacilityEdit(
            " svc-created ",
            "  Chongori re-education camp ",
            decomposed,
            "Chŏn'gŏri",
            "Jeongeori",
            List.of("Camp 12", "Kyohwaso No. 12"),
            "kyohwaso",
            "operational",
            "2014-03-01",
            "Ministry of Social Security",
            "North Hamgyong",
            "A camp.",
            point(129.71234567, 42.3));
    FacilityRegistry.Written written = registry.create(ANALYST, edit, false);

    RegistryEntry read = registry.get("svc-created", Visibility.STAFF);
    assertThat(read).isEqualTo(written.entry());
    assertThat(written.repairs()).isEmpty();
    assertThat(read.id()).isEqualTo("svc-created");
    assertThat(read.name()).isEqualTo("Chongori re-education camp");
    assertThat(read.nameKo()).as("stored NFC").isEqualTo("전거리").isNotEqualTo(decomposed);
    assertThat(read.nameMr()).isEqualTo("Chŏn'gŏri");
    assertThat(read.aliases()).containsExactly("Camp 12", "Kyohwaso No. 12");
    assertThat(read.type()).isEqualTo("kyohwaso");
    assertThat(read.status()).isEqualTo("operational");
    assertThat(read.statusSince()).isEqualTo(LocalDate.of(2014, 3, 1));
    assertThat(read.controllingAgency()).isEqualTo("Ministry of Social Security");
    assertThat(read.location().equalsExact(Geometries.point(129.71234567, 42.3), 0.0)).isTrue();
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.published()).as("new facilities wait for an advocate").isFalse();
    assertThat(read.updatedBy()).isEqualTo(ANALYST.name());
    assertThat(read.deletedAt()).isNull();

    assertThatThrownBy(
            () ->
                registry.create(
                    OTHER_ANALYST, facility("svc-created", "Another", point(127, 40)), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CONFLICT))
        .hasMessageContaining("'svc-created' exists");
    assertThat(registry.get("svc-created", Visibility.STAFF).name())
        .isEqualTo("Chongori re-education camp");
  }

  @Test
  void replaceNeedsTheCurrentVersionAndAStaleOneChangesNothing() {
    FacilityEdit edit = facility("svc-edited", "First name", point(127.1, 40.1));
    registry.create(ANALYST, edit, false);

    RegistryEntry second =
        registry.replace(ANALYST, "svc-edited", 1, renamed(edit, "Second name"), false).entry();
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.name()).isEqualTo("Second name");

    long trailBefore = auditTrail();
    assertThatThrownBy(
            () ->
                registry.replace(OTHER_ANALYST, "svc-edited", 1, renamed(edit, "Lost edit"), false))
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.STALE_VERSION);
              assertThat(e.currentVersion()).isEqualTo(2);
            })
        .hasMessageContaining("is at version 2, not 1");
    assertThatThrownBy(
            () ->
                registry.replace(
                    OTHER_ANALYST, "svc-edited", 3, renamed(edit, "Future edit"), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.STALE_VERSION));
    RegistryEntry after = registry.get("svc-edited", Visibility.STAFF);
    assertThat(after).isEqualTo(second);
    assertThat(auditTrail())
        .as("a refused edit leaves no audit event or history row")
        .isEqualTo(trailBefore);

    assertThatThrownBy(
            () ->
                registry.replace(
                    ANALYST,
                    "svc-edited",
                    2,
                    new FacilityEdit(
                        "svc-other",
                        "X",
                        null,
                        null,
                        null,
                        List.of(),
                        "other",
                        "closed",
                        null,
                        null,
                        null,
                        null,
                        point(127.1, 40.1)),
                    false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageContaining("id never changes");
    assertThatThrownBy(() -> registry.replace(ANALYST, "svc-nobody", 1, renamed(edit, "X"), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
  }

  /**
   * The version an edit is based on comes from If-Match; without one the edit never reaches the
   * registry.
   */
  @Test
  void anEditThatNamesNoVersionIsRefusedAsPreconditionRequired() {
    FacilityEdit edit = facility("svc-unversioned", "Unversioned", point(127.2, 40.2));
    registry.create(ANALYST, edit, false);
    long trailBefore = auditTrail();

    for (String ifMatch : new String[] {null, "", "  "}) {
      assertThatThrownBy(
              () ->
                  registry.replace(
                      ANALYST,
                      "svc-unversioned",
                      ETags.requireVersion(ifMatch),
                      renamed(edit, "Blind edit"),
                      false))
          .satisfies(
              e ->
                  assertThat(kindOf(e))
                      .as("If-Match '%s'", ifMatch)
                      .isEqualTo(ErrorKind.PRECONDITION_REQUIRED));
      assertThatThrownBy(
              () ->
                  registry.delete(
                      ANALYST, "svc-unversioned", ETags.requireVersion(ifMatch), "blind"))
          .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.PRECONDITION_REQUIRED));
    }
    assertThatThrownBy(() -> ETags.requireVersion("W/\"v1\""))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT));
    assertThat(ETags.requireVersion(ETags.of(1))).isEqualTo(1);

    RegistryEntry unchanged = registry.get("svc-unversioned", Visibility.STAFF);
    assertThat(unchanged.name()).isEqualTo("Unversioned");
    assertThat(unchanged.version()).isEqualTo(1);
    assertThat(auditTrail()).isEqualTo(trailBefore);
  }

  @Test
  void unpublishedFacilitiesAreSeenByStaffOnlyAndPublishedOnesByEveryone() {
    registry.create(
        ANALYST, facility("svc-hidden", "Quietwater labour colony", point(127.3, 40.3)), false);

    assertThatThrownBy(() -> registry.get("svc-hidden", Visibility.PUBLIC))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND))
        .as("an unpublished facility reads as one that does not exist")
        .hasMessage("there is no facility 'svc-hidden'");
    assertThat(registry.get("svc-hidden", Visibility.STAFF).id()).isEqualTo("svc-hidden");
    assertThat(ids(registry.search("Quietwater", Visibility.PUBLIC, 10))).isEmpty();
    assertThat(ids(registry.search("Quietwater", Visibility.STAFF, 10)))
        .containsExactly("svc-hidden");
    // Who gets which visibility: anonymous callers and users without a role see what the public
    // sees.
    assertThatThrownBy(() -> registry.get("svc-hidden", Visibility.of((SightlineUser) null)))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    assertThatThrownBy(
            () ->
                registry.get(
                    "svc-hidden", Visibility.of(new SightlineUser(1, "no-role", Set.of(), 1))))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
    for (Role role : Role.values()) {
      Visibility withRole = Visibility.of(new SightlineUser(2, "with-role", Set.of(role), 2));
      assertThat(registry.get("svc-hidden", withRole).id())
          .as("%s sees it", role)
          .isEqualTo("svc-hidden");
    }

    publish("svc-hidden");
    assertThat(registry.get("svc-hidden", Visibility.PUBLIC).published()).isTrue();
    assertThat(ids(registry.search("Quietwater", Visibility.PUBLIC, 10)))
        .containsExactly("svc-hidden");

    // Deleted facilities are visible to no one, staff included, but their history stays.
    registry.delete(ANALYST, "svc-hidden", 1, "duplicate of another entry");
    for (Visibility visibility : List.of(Visibility.PUBLIC, Visibility.STAFF)) {
      assertThatThrownBy(() -> registry.get("svc-hidden", visibility))
          .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
      assertThat(ids(registry.search("Quietwater", visibility, 10))).isEmpty();
    }
  }

  @Test
  void searchFindsAFacilityByAnyOfItsNamesInAnyScriptBestMatchFirst() {
    registry.create(
        ANALYST,
        new FacilityEdit(
            "svc-named",
            "Kwanliso No. 77 Hoeryongdal",
            "회령달",
            "Hoeryŏngdal",
            "Hoeryeongdal",
            List.of("Camp Seventy-Seven"),
            "kwanliso",
            "unconfirmed",
            null,
            null,
            null,
            null,
            point(129.4, 42.4)),
        false);
    registry.create(
        ANALYST, facility("svc-named-near", "Hoeryongdal brickworks", point(129.41, 42.41)), false);
    registry.create(
        ANALYST, facility("svc-unrelated", "Sinuiju transit centre", point(124.4, 40.1)), false);

    for (String q :
        List.of(
            "kwanliso no. 77",
            "회령달",
            "Hoeryŏngdal",
            "HOERYEONGDAL",
            "camp seventy-seven",
            "Hoeryongdal")) {
      List<String> found = ids(registry.search(q, Visibility.STAFF, 10));
      assertThat(found).as("search for '%s'", q).isNotEmpty().doesNotContain("svc-unrelated");
      assertThat(found.get(0)).as("best match for '%s': %s", q, found).isEqualTo("svc-named");
    }
    assertThat(ids(registry.search("hoeryongdal", Visibility.STAFF, 10)))
        .as("both contain the name; ties in id order")
        .containsExactly("svc-named", "svc-named-near");
    assertThat(ids(registry.search("hoeryongdal", Visibility.STAFF, 1))).hasSize(1);
    assertThat(ids(registry.search("Hoeryongdall", Visibility.STAFF, 10)))
        .as("a misspelling, by similarity")
        .contains("svc-named");
    assertThat(registry.search("zzzzqqqxx", Visibility.STAFF, 10)).isEmpty();
    for (String blank : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> registry.search(blank, Visibility.STAFF, 10))
          .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
          .hasMessageStartingWith("q is required");
    }
  }

  @Test
  void everyEditIsKeptInHistoryAndDeletionIsSoftWithItsReason() {
    FacilityEdit edit = facility("svc-history", "Original name", point(127.4, 40.4));
    registry.create(ANALYST, edit, false);
    registry.replace(OTHER_ANALYST, "svc-history", 1, renamed(edit, "Corrected name"), false);

    assertThatThrownBy(() -> registry.delete(ANALYST, "svc-history", 2, "  "))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("reason is required");
    assertThatThrownBy(() -> registry.delete(ANALYST, "svc-history", 1, "stale"))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.STALE_VERSION));
    RegistryEntry deleted = registry.delete(ANALYST, "svc-history", 2, "merged into svc-created");
    assertThat(deleted.deletedAt()).isNotNull();
    assertThat(deleted.deletedBy()).isEqualTo(ANALYST.name());
    assertThat(deleted.deletionReason()).isEqualTo("merged into svc-created");
    assertThat(deleted.version()).isEqualTo(3);
    assertThat(facilityRows("svc-history")).as("the row stays").isEqualTo(1);

    List<RecordVersion> history = registry.history("svc-history");
    assertThat(history)
        .extracting(RecordVersion::operation)
        .containsExactly("insert", "update", "soft-delete");
    assertThat(history)
        .extracting(RecordVersion::actor)
        .containsExactly(ANALYST.name(), OTHER_ANALYST.name(), ANALYST.name());
    assertThat(history)
        .extracting(v -> v.state().get("name").asText())
        .containsExactly("Original name", "Corrected name", "Corrected name");
    assertThat(history).extracting(v -> v.state().get("version").asInt()).containsExactly(1, 2, 3);
    assertThat(history.get(2).state().get("deletion_reason").asText())
        .isEqualTo("merged into svc-created");
    assertThat(history).extracting(RecordVersion::auditSeq).isSorted().doesNotHaveDuplicates();

    assertThatThrownBy(
            () -> registry.replace(ANALYST, "svc-history", 3, renamed(edit, "Revived"), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND))
        .hasMessageContaining("was deleted")
        .hasMessageContaining("merged into svc-created");
    assertThatThrownBy(
            () ->
                registry.create(
                    ANALYST, facility("svc-history", "Reused id", point(127.4, 40.4)), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CONFLICT))
        .hasMessageContaining("never reused");
    assertThat(registry.history("svc-history")).hasSize(3);
    assertThatThrownBy(() -> registry.history("svc-never-was"))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
  }

  @Test
  void invalidInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    long trailBefore = auditTrail();
    assertThatThrownBy(
            () ->
                registry.create(
                    ANALYST,
                    new FacilityEdit(
                        "svc-bad-type",
                        "X",
                        null,
                        null,
                        null,
                        List.of(),
                        "gulag",
                        "closed",
                        null,
                        null,
                        null,
                        null,
                        point(127.0, 40.0)),
                    false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("type: unknown facility type 'gulag'; expected one of");
    assertThatThrownBy(
            () ->
                registry.create(
                    ANALYST,
                    new FacilityEdit(
                        "svc-bad-status",
                        "X",
                        null,
                        null,
                        null,
                        List.of(),
                        "other",
                        "abandoned-ish",
                        null,
                        null,
                        null,
                        null,
                        point(127.0, 40.0)),
                    false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("status: ");
    assertThatThrownBy(
            () ->
                registry.create(
                    ANALYST,
                    new FacilityEdit(
                        "svc-bad-date",
                        "X",
                        null,
                        null,
                        null,
                        List.of(),
                        "other",
                        "closed",
                        "2014-13-01",
                        null,
                        null,
                        null,
                        point(127.0, 40.0)),
                    false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("statusSince must be a date");
    assertThatThrownBy(
            () -> registry.create(ANALYST, facility("Svc Bad Id", "X", point(127.0, 40.0)), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("id must be");
    assertThatThrownBy(() -> registry.create(ANALYST, null, false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT));

    JsonNode bowtie =
        json(
            "{\"type\": \"Polygon\", \"coordinates\": [[[126.84, 39.66], [126.87, 39.69],"
                + " [126.87, 39.66], [126.84, 39.69], [126.84, 39.66]]]}");
    assertThatThrownBy(
            () -> registry.create(ANALYST, facility("svc-bowtie", "Bowtie", bowtie), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessage(
            "location: self-intersection at 126.855 39.675 (add ?repair=true to have it repaired, with a"
                + " report of what changed)");
    assertThatThrownBy(
            () ->
                registry.create(
                    ANALYST, facility("svc-swapped", "Swapped", point(39.67, 126.85)), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageContaining("latitude and longitude look swapped");
    assertThatThrownBy(
            () ->
                registry.create(
                    ANALYST,
                    new FacilityEdit(
                        "Svc Many",
                        " ",
                        null,
                        null,
                        null,
                        List.of(),
                        "camp",
                        "open",
                        null,
                        null,
                        null,
                        null,
                        bowtie),
                    false))
        .as("every problem, not only the first")
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("id must be")
        .hasMessageContaining("type: unknown facility type 'camp'")
        .hasMessageContaining("status: unknown facility status 'open'")
        .hasMessageContaining("name is required")
        .hasMessageContaining("location: self-intersection");
    assertThatThrownBy(
            () -> registry.create(ANALYST, facility("svc-no-location", "Nowhere", null), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageStartingWith("location");
    for (String id :
        List.of(
            "svc-bad-type",
            "svc-bad-status",
            "svc-bad-date",
            "svc-bowtie",
            "svc-swapped",
            "svc-no-location")) {
      assertThat(facilityRows(id)).as(id).isZero();
    }
    assertThat(auditTrail())
        .as("refused input leaves no audit event or history row")
        .isEqualTo(trailBefore);

    // A refused replace leaves the stored facility, its version and its history as they were.
    FacilityEdit edit = facility("svc-kept", "Kept", point(127.5, 40.5));
    registry.create(ANALYST, edit, false);
    RegistryEntry stored = registry.get("svc-kept", Visibility.STAFF);
    long trailAfterCreate = auditTrail();
    assertThatThrownBy(
            () -> registry.replace(ANALYST, "svc-kept", 1, facility(null, "Kept", bowtie), false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT));
    assertThatThrownBy(
            () ->
                registry.replace(
                    ANALYST,
                    "svc-kept",
                    1,
                    new FacilityEdit(
                        null,
                        "Kept",
                        null,
                        null,
                        null,
                        List.of(),
                        "gulag",
                        "closed",
                        null,
                        null,
                        null,
                        null,
                        point(127.5, 40.5)),
                    false))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT));
    assertThat(registry.get("svc-kept", Visibility.STAFF)).isEqualTo(stored);
    assertThat(registry.history("svc-kept")).hasSize(1);
    assertThat(auditTrail()).isEqualTo(trailAfterCreate);

    // Asked for, a repair is made and reported.
    FacilityRegistry.Written repaired =
        registry.create(ANALYST, facility("svc-bowtie", "Bowtie", bowtie), true);
    assertThat(repaired.repairs()).isNotEmpty();
    assertThat(repaired.entry().location().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(repaired.entry().location().isValid()).isTrue();
  }

  static List<String> ids(List<RegistryEntry> entries) {
    return entries.stream().map(RegistryEntry::id).toList();
  }
}
