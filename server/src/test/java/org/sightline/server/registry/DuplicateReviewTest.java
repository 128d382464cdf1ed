package org.sightline.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sightline.server.registry.FacilityRegistryServiceTest.kindOf;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ErrorKind;
import org.sightline.server.sample.RegistryAdditions;
import org.sightline.server.sample.SampleDataLoader;
import org.sightline.server.sample.SampleFacilities;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.visibility.Visibility;

/** Candidate duplicates in the sample data and an analyst's merge or keep-apart decision. */
@PostgisTest
class DuplicateReviewTest {
  private static final Actor ANALYST = new Actor("user:duplicate-analyst");
  private static final String KAECHON = "kwanliso-14-kaechon";
  private static final String KAECHON_NKDB = "kwanliso-14-kaechon-nkdb";
  private static final String TANCHON = "kyohwaso-77-danchon";
  private static final String TANCHON_NKDB = "kyohwaso-77-tanchon-nkdb";

  private Jdbi jdbi;
  private Jdbi owner;
  private DuplicateReview review;

  @BeforeEach
  void loadSample() {
    TestDatabase database = TestPostgis.freshDatabase();
    jdbi = database.appJdbi();
    owner = database.jdbi();
    SampleDataLoader loader = new SampleDataLoader(jdbi);
    loader.load(SampleFacilities.load(JsonMapping.newMapper()));
    loader.apply(RegistryAdditions.load(JsonMapping.newMapper()));
    loader.publishPublicSources();
    review = new DuplicateReview(new AttributedTransactions(jdbi));
  }

  private List<String> allIds() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT id FROM facility ORDER BY id").mapTo(String.class).list());
  }

  private long liveKwanliso() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT count(*) FROM facility WHERE facility_type = 'kwanliso' AND deleted_at IS NULL")
                .mapTo(Long.class)
                .one());
  }

  private int version(String id) {
    return jdbi.withExtension(FacilityDao.class, dao -> dao.find(id).orElseThrow().version());
  }

  @Test
  void theTwoNkdbPointsAreTheOnlyCandidatesEachOfItsNamesake() {
    List<CandidateDuplicate> candidates = review.among(allIds(), Visibility.STAFF);
    assertThat(candidates)
        .extracting(CandidateDuplicate::facilityId, CandidateDuplicate::duplicateOf)
        .containsExactly(tuple(KAECHON_NKDB, KAECHON), tuple(TANCHON_NKDB, TANCHON));
    assertThat(candidates.get(0).distanceKm()).isBetween(13.0, 13.6);
    assertThat(candidates.get(1).duplicateOfName()).isEqualTo("Kyohwaso No. 77 Danchon");
    // 13 live kwanliso records, 12 camps once the candidate is counted with its namesake.
    assertThat(liveKwanliso()).isEqualTo(13);

    // The camp number and place words the rule compares are kept per facility by a trigger
    // (V021): a rename is seen at once, both ways (here rather than in a test of its own, which
    // would load the sample once more).
    rename(KAECHON_NKDB, "Kwanliso No. 99 Kaechon (NKDB point)");
    assertThat(review.among(allIds(), Visibility.STAFF))
        .extracting(CandidateDuplicate::facilityId)
        .containsExactly(TANCHON_NKDB);
    rename(KAECHON_NKDB, "Kwanliso No. 14 Hoeryong (NKDB point)");
    assertThat(review.among(allIds(), Visibility.STAFF))
        .extracting(CandidateDuplicate::facilityId)
        .containsExactly(TANCHON_NKDB);
    rename(KAECHON_NKDB, "Kwanliso No. 14 Kaechon (NKDB point)");
    assertThat(review.among(allIds(), Visibility.STAFF))
        .extracting(CandidateDuplicate::facilityId, CandidateDuplicate::duplicateOf)
        .containsExactly(tuple(KAECHON_NKDB, KAECHON), tuple(TANCHON_NKDB, TANCHON));
  }

  private void rename(String id, String name) {
    owner.useHandle(
        h ->
            h.createUpdate("UPDATE facility SET name = :name WHERE id = :id")
                .bind("name", name)
                .bind("id", id)
                .execute());
  }

  @Test
  void keepApartRecordsTheDecisionSoThePairIsNoLongerFlagged() {
    int before = version(KAECHON_NKDB);
    DuplicateReview.Outcome outcome =
        review.decide(
            ANALYST,
            KAECHON_NKDB,
            before,
            new DuplicateReview.Request(KAECHON, "keep-apart", "NKDB's point is the old site"));
    assertThat(outcome.facility().version()).isEqualTo(before + 1);
    assertThat(outcome.facility().deletedAt()).isNull();
    assertThat(outcome.locationsCopied()).isZero();
    assertThat(review.of(KAECHON_NKDB, Visibility.STAFF)).isEmpty();
    assertThat(review.of(TANCHON_NKDB, Visibility.STAFF)).isPresent();
    assertThat(auditedDecisions()).isEqualTo(1);

    assertThatThrownBy(
            () ->
                review.decide(
                    ANALYST,
                    KAECHON_NKDB,
                    before + 1,
                    new DuplicateReview.Request(KAECHON, "merge", "second thoughts")))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CONFLICT))
        .hasMessageContaining("is not a candidate duplicate of 'kwanliso-14-kaechon'");
  }

  @Test
  void mergeKeepsEverySourcedLocationAndSoftDeletesTheCandidate() {
    int before = version(KAECHON_NKDB);
    int namesakeBefore = version(KAECHON);
    DuplicateReview.Outcome outcome =
        review.decide(
            ANALYST,
            KAECHON_NKDB,
            before,
            new DuplicateReview.Request(KAECHON, "merge", "same camp, NKDB's point"));
    assertThat(outcome.locationsCopied()).isEqualTo(1);
    assertThat(outcome.facility().deletedAt()).isNotNull();
    assertThat(outcome.facility().deletionReason())
        .isEqualTo("merged into kwanliso-14-kaechon: same camp, NKDB's point");
    assertThat(outcome.namesake().version()).isEqualTo(namesakeBefore + 1);
    assertThat(liveKwanliso()).isEqualTo(12);

    List<SourcedLocationRow> locations =
        jdbi.withExtension(
            FacilityDao.class, dao -> dao.sourcedLocations(new String[] {KAECHON, KAECHON_NKDB}));
    assertThat(locations)
        .filteredOn(l -> l.facilityId().equals(KAECHON))
        .extracting(l -> l.location().sourceId())
        .containsExactlyInAnyOrder("hrnk", "wikipedia", "nkdb");
    SourcedLocationRow moved =
        locations.stream()
            .filter(l -> l.facilityId().equals(KAECHON) && l.location().sourceId().equals("nkdb"))
            .findFirst()
            .orElseThrow();
    assertThat(moved.location().primary()).isFalse();
    assertThat(moved.location().note()).startsWith("from merged record kwanliso-14-kaechon-nkdb");
    assertThat(moved.distanceFromFacilityM()).isBetween(13_000.0, 13_600.0);
    assertThat(locations)
        .as("the merged record keeps its own location in its history")
        .anyMatch(l -> l.facilityId().equals(KAECHON_NKDB));
    assertThat(auditedDecisions()).isEqualTo(1);
  }

  @Test
  void aStaleVersionOrABadRequestChangesNothing() {
    int current = version(KAECHON_NKDB);
    assertThatThrownBy(
            () ->
                review.decide(
                    ANALYST,
                    KAECHON_NKDB,
                    current + 5,
                    new DuplicateReview.Request(KAECHON, "merge", "stale")))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.STALE_VERSION));
    assertThatThrownBy(
            () ->
                review.decide(
                    ANALYST,
                    KAECHON_NKDB,
                    current,
                    new DuplicateReview.Request(KAECHON, "delete", "no such decision")))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageContaining("decision must be 'merge' or 'keep-apart'; got 'delete'");
    assertThatThrownBy(
            () ->
                review.decide(
                    ANALYST,
                    KAECHON_NKDB,
                    current,
                    new DuplicateReview.Request(KAECHON, "merge", " ")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("reason is required");
    assertThatThrownBy(
            () ->
                review.decide(
                    ANALYST,
                    KAECHON,
                    version(KAECHON),
                    new DuplicateReview.Request(KAECHON_NKDB, "merge", "the wrong way round")))
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CONFLICT));
    assertThat(version(KAECHON_NKDB)).isEqualTo(current);
    assertThat(review.of(KAECHON_NKDB, Visibility.STAFF)).isPresent();
    assertThat(auditedDecisions()).isZero();
  }

  private long auditedDecisions() {
    return owner.withHandle(
        h ->
            h.createQuery(
                    "SELECT count(*) FROM audit_event WHERE entity_type = 'facility_duplicate_decision'")
                .mapTo(Long.class)
                .one());
  }
}
