package org.sightline.server.testimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.corroboration.Corroborator;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.corroboration.ClaimDuplicates;
import org.sightline.server.corroboration.CorroboratedEvents;
import org.sightline.server.corroboration.CorroborationRecomputation;
import org.sightline.server.corroboration.DuplicateView;
import org.sightline.server.corroboration.EventRow;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.InvalidFieldsException;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.registry.BoundaryEdit;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.registry.FacilityEdit;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.sealing.IdentityFingerprints;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.SealingKeys;
import org.sightline.server.sealing.WitnessIdentity;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestDatabase;

/**
 * Witnesses, testimonies, documents and claims as services on a real migrated PostGIS (the server's
 * restricted role), wired as the application wires them: sealing, facility links by the boundary
 * version valid at the claim's time, corroboration with its independence rules, merges and
 * duplicates. Each test works at a facility of its own, far from the others, so that events never
 * mix between tests.
 */
@PostgisTest
class TestimonyServiceTest {
  private static final Actor INVESTIGATOR = new Actor("user:testimony-investigator");

  private static SealingKeys keys;
  private static AttributedTransactions transactions;
  private static FacilityRegistry registry;
  private static DatedAreas boundaries;
  private static Witnesses witnesses;
  private static WitnessIdentities identities;
  private static WitnessMerges merges;
  private static Testimonies testimonies;
  private static Documents documents;
  private static Claims claims;
  private static ClaimDuplicates duplicates;
  private static CorroboratedEvents events;
  private static Jdbi owner;
  private static int serial;

  @BeforeAll
  static void wire(TestDatabase database) {
    keys = SealingKeys.generate();
    transactions = new AttributedTransactions(database.appJdbi());
    CorroborationRecomputation corroboration =
        new CorroborationRecomputation(Corroborator.withDefaults());
    registry = new FacilityRegistry(transactions);
    boundaries =
        new DatedAreas(DatedAreaKind.BOUNDARY, transactions, registry, corroboration::afterAreas);
    identities = wiredIdentities(keys);
    witnesses = new Witnesses(transactions, identities);
    merges = new WitnessMerges(transactions, corroboration);
    testimonies = new Testimonies(transactions, Clock.systemUTC());
    documents = new Documents(transactions, Clock.systemUTC());
    claims = new Claims(transactions, corroboration);
    duplicates = new ClaimDuplicates(transactions, corroboration);
    events = new CorroboratedEvents(database.appJdbi());
    owner = database.jdbi();
    Organisations organisations = new Organisations(transactions);
    organisations.add(INVESTIGATOR, new Organisations.Edit("test-centre", "Test Centre", null));
    organisations.add(INVESTIGATOR, new Organisations.Edit("other-centre", "Other Centre", null));
  }

  private static WitnessIdentities wiredIdentities(SealingKeys keyset) {
    return new WitnessIdentities(
        transactions, new Sealer(keyset), new IdentityFingerprints(keyset));
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures: a facility per test, far apart (0.5 degrees of longitude), with a 2 km square
  // boundary valid since ever unless the test draws its own.

  private record Camp(String id, double lon, double lat) {
    String square(double halfKm) {
      double dLon = halfKm / (111.32 * Math.cos(Math.toRadians(lat)));
      double dLat = halfKm / 111.0;
      return "POLYGON (("
          + (lon - dLon)
          + " "
          + (lat - dLat)
          + ", "
          + (lon + dLon)
          + " "
          + (lat - dLat)
          + ", "
          + (lon + dLon)
          + " "
          + (lat + dLat)
          + ", "
          + (lon - dLon)
          + " "
          + (lat + dLat)
          + ", "
          + (lon - dLon)
          + " "
          + (lat - dLat)
          + "))";
    }
  }

  private static synchronized Camp newCamp(boolean withBoundary) {
    serial++;
    double lon = 124.6 + 0.35 * (serial % 16);
    double lat = 40.2 + 0.3 * Math.floorDiv(serial, 16);
    String id = "testimony-camp-" + serial;
    registry.create(
        INVESTIGATOR,
        new FacilityEdit(
            id,
            "Testimony camp " + serial,
            null,
            null,
            null,
            List.of(),
            "kyohwaso",
            "operational",
            null,
            null,
            null,
            null,
            geo("POINT (" + lon + " " + lat + ")")),
        false);
    Camp camp = new Camp(id, lon, lat);
    if (withBoundary) {
      boundary(camp, camp.square(1), null, null);
    }
    return camp;
  }

  private static long boundary(Camp camp, String wkt, String validFrom, String validTo) {
    return boundaries
        .add(
            INVESTIGATOR,
            camp.id(),
            new BoundaryEdit(
                geo(wkt), validFrom, validTo, "approximate", "low", null, List.of(), null),
            false)
        .version()
        .id();
  }

  private static JsonNode geo(String wkt) {
    return GeoJsonGeometryWriter.toNode(Geometries.fromWkt(wkt));
  }

  private static WitnessView witness(String organisation, String fullName) {
    return witnesses.record(
        INVESTIGATOR,
        new WitnessEdit(
            organisation,
            "shareable",
            "female",
            1960,
            "north-hamgyong",
            List.of("former-prisoner"),
            null,
            fullName == null
                ? null
                : new WitnessEdit.IdentityEdit(
                    fullName, List.of(), List.of("+82 10-1234-5678"), "1962-07-08", null)));
  }

  private static TestimonyView testimony(WitnessView witness) {
    return testimonies.record(
        INVESTIGATOR,
        new TestimonyEdit(
            witness.code(),
            witness.organisation(),
            "shareable",
            "2015-05-05",
            "Test Interviewer",
            "ko",
            "anonymised",
            "B",
            null,
            List.of(),
            null));
  }

  private static ClaimEdit claim(
      TestimonyView testimony,
      String type,
      String time,
      String relation,
      String heardFrom,
      String description,
      ClaimEdit.PlaceEdit... places) {
    return new ClaimEdit(
        testimony.id(),
        null,
        null,
        null,
        type,
        description,
        null,
        null,
        null,
        "2",
        relation,
        heardFrom,
        null,
        time,
        null,
        List.of(places),
        null);
  }

  private static ClaimEdit.PlaceEdit inside(Camp camp) {
    return new ClaimEdit.PlaceEdit(null, null, null, camp.id(), null, null);
  }

  private static ClaimEdit.PlaceEdit near(Camp camp, double eastM, double radiusM) {
    double lon = camp.lon() + eastM / (111_320.0 * Math.cos(Math.toRadians(camp.lat())));
    return new ClaimEdit.PlaceEdit(List.of(lon, camp.lat()), radiusM, null, null, null, null);
  }

  private static EventRow eventOf(ClaimView claim) {
    List<EventRow> holding = events.holding("claim:" + claim.id());
    assertThat(holding).as("live events holding claim " + claim.id()).hasSize(1);
    return holding.get(0);
  }

  private static List<String> verdicts(EventRow event) {
    List<String> reasons = new ArrayList<>();
    event
        .explanation()
        .path("sources")
        .forEach(
            v ->
                reasons.add(
                    v.path("itemKey").asText()
                        + " "
                        + v.path("reason").asText()
                        + " as "
                        + v.path("countedAs").asText()));
    return reasons;
  }

  // ---------------------------------------------------------------------------------------------
  // Sealing

  @Test
  void theIdentityIsSealedAtRestAndOnlyTheAuditedUnsealReturnsIt() throws Exception {
    String name = "Sealed Person " + serial;
    WitnessView witness = witness("test-centre", name);
    assertThat(witness.identitySealed()).isTrue();
    String view = JsonMapping.writer().writeValueAsString(witness);
    String list = JsonMapping.writer().writeValueAsString(witnesses.list("test-centre", null, 500));
    assertThat(view).doesNotContain(name).doesNotContain("1962-07-08").doesNotContain("1234");
    assertThat(list).doesNotContain(name).doesNotContain("1962-07-08");

    byte[] sealed =
        owner.withHandle(
            h ->
                h.createQuery(
                        "SELECT sealed FROM witness_identity WHERE witness_id = :id AND superseded_at IS NULL")
                    .bind("id", witness.id())
                    .mapTo(byte[].class)
                    .one());
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
        .doesNotContain(name)
        .doesNotContain("1962-07-08")
        .doesNotContain("Sealed Person");
    String history =
        owner.withHandle(
            h ->
                h.createQuery(
                        "SELECT string_agg(state::text, ' ') FROM record_version WHERE table_name = 'witness_identity'")
                    .mapTo(String.class)
                    .one());
    assertThat(history).doesNotContain("\"sealed\"").doesNotContain(name);

    WitnessIdentity unsealed =
        identities.unseal(INVESTIGATOR, witness.id(), "to ask for consent to publish");
    assertThat(unsealed.fullName()).isEqualTo(name);
    assertThat(unsealed.exactBirthDate()).hasToString("1962-07-08");
    String audit =
        owner.withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT actor || ' ' || detail::text FROM audit_event
                         WHERE action = 'unseal' AND entity_type = 'witness' AND entity_id = :id""")
                    .bind("id", Long.toString(witness.id()))
                    .mapTo(String.class)
                    .one());
    assertThat(audit)
        .contains("user:testimony-investigator")
        .contains("to ask for consent to publish")
        .doesNotContain(name);

    assertThatThrownBy(() -> identities.unseal(INVESTIGATOR, witness.id(), " "))
        .hasMessageContaining("reason is required");
  }

  @Test
  void aRotatedKeysetStillUnsealsOldIdentitiesAndSealsNewOnesWithTheNewKey() {
    WitnessView before = witness("test-centre", "Rotation Person");
    SealingKeys rotated = keys.withNewPrimaryAeadKey();
    assertThat(rotated.primaryAeadKeyId()).isNotEqualTo(keys.primaryAeadKeyId());
    WitnessIdentities afterRotation = wiredIdentities(rotated);
    Witnesses rotatedWitnesses = new Witnesses(transactions, afterRotation);

    assertThat(afterRotation.unseal(INVESTIGATOR, before.id(), "rotation check").fullName())
        .isEqualTo("Rotation Person");
    WitnessView after =
        rotatedWitnesses.record(
            INVESTIGATOR,
            new WitnessEdit(
                "test-centre",
                null,
                null,
                null,
                null,
                List.of(),
                null,
                new WitnessEdit.IdentityEdit("New Key Person", null, null, null, null)));
    Map<Long, Long> keyOf =
        owner.withHandle(
            h ->
                h.createQuery(
                        "SELECT witness_id, key_id FROM witness_identity WHERE witness_id IN (:a, :b)")
                    .bind("a", before.id())
                    .bind("b", after.id())
                    .setMapKeyColumn("witness_id")
                    .setMapValueColumn("key_id")
                    .collectInto(new GenericType<Map<Long, Long>>() {}));
    assertThat(keyOf.get(before.id()) & 0xffffffffL)
        .isEqualTo(keys.primaryAeadKeyId() & 0xffffffffL);
    assertThat(keyOf.get(after.id()) & 0xffffffffL)
        .isEqualTo(rotated.primaryAeadKeyId() & 0xffffffffL);
    // The keyset before rotation does not know the new key: one clear refusal, no plaintext.
    assertThatThrownBy(() -> identities.unseal(INVESTIGATOR, after.id(), "old keyset"))
        .hasMessageContaining("does not hold");
  }

  @Test
  void aCiphertextMovedToAnotherWitnessDoesNotUnseal() {
    WitnessView first = witness("test-centre", "First Person");
    WitnessView second = witness("test-centre", "Second Person");
    owner.useHandle(
        h ->
            h.execute(
                """
                UPDATE witness_identity SET sealed = (SELECT sealed FROM witness_identity
                                                       WHERE witness_id = ? AND superseded_at IS NULL)
                 WHERE witness_id = ? AND superseded_at IS NULL""",
                first.id(),
                second.id()));
    assertThatThrownBy(() -> identities.unseal(INVESTIGATOR, second.id(), "tamper check"))
        .hasMessageNotContaining("First Person");
  }

  // ---------------------------------------------------------------------------------------------
  // Linking

  @Test
  void aClaimIsLinkedToTheBoundaryVersionValidAtItsTime() {
    Camp camp = newCamp(false);
    long small = boundary(camp, camp.square(0.5), null, "2000-01-01");
    long large = boundary(camp, camp.square(2), "2000-01-01", null);
    TestimonyView testimony = testimony(witness("test-centre", null));

    ClaimView in1997 =
        claims.record(
            INVESTIGATOR,
            claim(testimony, "torture", "1997", "victim", null, "1997 claim", inside(camp)));
    ClaimView in2005 =
        claims.record(
            INVESTIGATOR,
            claim(testimony, "torture", "2005", "victim", null, "2005 claim", inside(camp)));
    ClaimView across =
        claims.record(
            INVESTIGATOR,
            claim(testimony, "torture", "1998/2003", "victim", null, "across", inside(camp)));

    assertThat(in1997.links()).extracting(ClaimView.Link::boundaryId).containsExactly(small);
    assertThat(in2005.links()).extracting(ClaimView.Link::boundaryId).containsExactly(large);
    assertThat(across.links())
        .extracting(ClaimView.Link::boundaryId)
        .containsExactlyInAnyOrder(small, large);
    // The region of "inside the camp" in 1997 is the small boundary (1 km square), in 2005 the
    // large one.
    assertThat(in1997.region().getArea()).isLessThan(in2005.region().getArea() / 10);

    // A point 1.5 km east in 1997 lies outside the small boundary: no link. The same point in
    // 2005 lies inside the large one: linked, with the share of its circle inside.
    ClaimView pointIn1997 =
        claims.record(
            INVESTIGATOR,
            claim(testimony, "torture", "1997", "victim", null, "east", near(camp, 1500, 100)));
    ClaimView pointIn2005 =
        claims.record(
            INVESTIGATOR,
            claim(testimony, "torture", "2005", "victim", null, "east", near(camp, 1500, 100)));
    assertThat(pointIn1997.links()).isEmpty();
    assertThat(pointIn2005.links())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.boundaryId()).isEqualTo(large);
              assertThat(l.overlapFraction()).isGreaterThan(0.99);
            });

    // A new boundary version for the 1990s relinks the claims it touches, in the same write.
    boundaries.delete(INVESTIGATOR, camp.id(), small, "redrawn larger");
    boundary(camp, camp.square(3), null, "2000-01-01");
    ClaimView relinked = claims.get(pointIn1997.id());
    assertThat(relinked.links()).hasSize(1);
    assertThat(claims.get(in1997.id()).region().getArea())
        .isGreaterThan(in1997.region().getArea() * 10);
  }

  // ---------------------------------------------------------------------------------------------
  // Corroboration through the database

  @Test
  void twoWitnessesAtOnePlaceAndTimeCorroborateAndTheSameWitnessTwiceDoesNot() {
    Camp camp = newCamp(true);
    WitnessView first = witness("test-centre", null);
    TestimonyView firstInterview = testimony(first);
    TestimonyView secondInterview = testimony(first);
    ClaimView a =
        claims.record(
            INVESTIGATOR,
            claim(
                firstInterview,
                "public-execution",
                "1997-24",
                "eyewitness",
                null,
                "Two men were hanged by the river",
                inside(camp)));
    ClaimView again =
        claims.record(
            INVESTIGATOR,
            claim(
                secondInterview,
                "public-execution",
                "1997-12",
                "eyewitness",
                null,
                "The hanging by the river, told again",
                inside(camp)));
    EventRow single = eventOf(a);
    assertThat(single.level()).isEqualTo("single-source");
    assertThat(single.members())
        .extracting(EventRow.Member::key)
        .containsExactly("claim:" + a.id(), "claim:" + again.id());
    assertThat(verdicts(single))
        .contains("claim:" + again.id() + " same-source as witness:" + first.code());

    WitnessView second = witness("test-centre", null);
    ClaimView other =
        claims.record(
            INVESTIGATOR,
            claim(
                testimony(second),
                "execution",
                "199X",
                "eyewitness",
                null,
                "In the nineties I saw an execution",
                near(camp, 200, 500)));
    EventRow corroborated = eventOf(other);
    assertThat(corroborated.level()).isEqualTo("corroborated");
    assertThat(corroborated.independentSources()).isEqualTo(2);
    assertThat(corroborated.members()).hasSize(3);
    assertThat(eventOf(a).eventKey()).isEqualTo(corroborated.eventKey());
    assertThat(corroborated.explanation().path("links").toString())
        .contains("execution ~ public-execution");

    // Deleting the second witness's claim brings the event back to one source.
    claims.delete(INVESTIGATOR, other.id(), other.version(), "entered twice");
    assertThat(eventOf(a).level()).isEqualTo("single-source");
    assertThat(events.holding("claim:" + other.id())).isEmpty();
  }

  @Test
  void hearsayFromAWitnessAlreadyCountedIsNotIndependent() {
    Camp camp = newCamp(true);
    WitnessView source = witness("test-centre", null);
    WitnessView relative = witness("test-centre", null);
    ClaimView seen =
        claims.record(
            INVESTIGATOR,
            claim(
                testimony(source),
                "torture",
                "2003-05",
                "victim",
                null,
                "I was beaten",
                inside(camp)));
    ClaimView heard =
        claims.record(
            INVESTIGATOR,
            claim(
                testimony(relative),
                "torture",
                "2003",
                "hearsay",
                source.code(),
                "She told me she was beaten",
                inside(camp)));
    EventRow event = eventOf(seen);
    assertThat(event.level()).isEqualTo("single-source");
    assertThat(event.members()).hasSize(2);
    assertThat(verdicts(event))
        .contains("claim:" + heard.id() + " heard-from-counted as witness:" + source.code());
    assertThat(heard.heardFrom()).isEqualTo(source.code());
  }

  @Test
  void twoDocumentsOfOneOriginAreOneSourceAndDisjointTimesStayApart() {
    Camp camp = newCamp(true);
    DocumentView report =
        documents.record(
            INVESTIGATOR,
            new DocumentEdit(
                "test-centre", null, "report", "A report", null, null, null, "C", null));
    DocumentView article =
        documents.record(
            INVESTIGATOR,
            new DocumentEdit(
                "test-centre", null, "article", "An article", null, null, report.id(), "D", null));
    assertThat(article.root()).isEqualTo(report.id());
    ClaimView fromReport = claims.record(INVESTIGATOR, documentClaim(report, "2005", camp));
    ClaimView fromArticle = claims.record(INVESTIGATOR, documentClaim(article, "2005-06", camp));
    EventRow event = eventOf(fromReport);
    assertThat(event.level()).isEqualTo("single-source");
    assertThat(event.members()).hasSize(2);
    assertThat(verdicts(event))
        .contains("claim:" + fromArticle.id() + " same-origin as document:" + report.id());

    ClaimView later = claims.record(INVESTIGATOR, documentClaim(report, "2012", camp));
    assertThat(eventOf(later).eventKey()).isNotEqualTo(event.eventKey());
    assertThat(eventOf(later).members()).hasSize(1);
  }

  private static ClaimEdit documentClaim(DocumentView document, String time, Camp camp) {
    return new ClaimEdit(
        null,
        document.id(),
        null,
        null,
        "death-in-custody",
        "Deaths from disease",
        null,
        null,
        null,
        "3",
        null,
        null,
        null,
        time,
        null,
        List.of(inside(camp)),
        null);
  }

  @Test
  void oneDocumentDerivedFromAnotherCannotFormACycle() {
    DocumentView first =
        documents.record(
            INVESTIGATOR,
            new DocumentEdit("test-centre", null, "report", "First", null, null, null, null, null));
    DocumentView second =
        documents.record(
            INVESTIGATOR,
            new DocumentEdit(
                "test-centre", null, "article", "Second", null, null, first.id(), null, null));
    assertThatThrownBy(
            () ->
                documents.replace(
                    INVESTIGATOR,
                    first.id(),
                    first.version(),
                    new DocumentEdit(
                        "test-centre",
                        null,
                        "report",
                        "First",
                        null,
                        null,
                        second.id(),
                        null,
                        null)))
        .hasMessageContaining("cannot form a cycle");
  }

  @Test
  void oneSameNameAndBirthDateAcrossOrganisationsIsProposedAndOnceConfirmedCountsOnce() {
    Camp camp = newCamp(true);
    String name = "Kim Young-chul " + camp.id();
    WitnessView here = witness("test-centre", name);
    WitnessView there = witness("other-centre", name.toUpperCase(Locale.ROOT));
    MergeProposalView proposal =
        merges.list("proposed").stream()
            .filter(
                p ->
                    List.of(p.witnessA(), p.witnessB())
                        .containsAll(List.of(here.code(), there.code())))
            .findFirst()
            .orElseThrow();
    assertThat(proposal.crossOrganisation()).isTrue();
    assertThat(proposal.matchedKinds()).contains("name-birth-date", "phone");

    ClaimView told =
        claims.record(
            INVESTIGATOR,
            claim(
                testimony(here), "forced-labour", "2010", "victim", null, "logging", inside(camp)));
    claims.record(
        INVESTIGATOR,
        claim(
            testimony(there),
            "forced-labour",
            "2010",
            "victim",
            null,
            "cutting trees",
            inside(camp)));
    assertThat(eventOf(told).level()).isEqualTo("corroborated");

    // Until confirmed, nothing merges; confirmed, the two records are one source, at once.
    assertThatThrownBy(
            () ->
                merges.decide(
                    INVESTIGATOR,
                    proposal.id(),
                    proposal.version() + 1,
                    new WitnessMerges.Decision("confirm", "same person")))
        .isInstanceOf(StaleVersionException.class);
    MergeProposalView confirmed =
        merges.decide(
            INVESTIGATOR,
            proposal.id(),
            proposal.version(),
            new WitnessMerges.Decision("confirm", "same person, same birth date and phone"));
    assertThat(confirmed.status()).isEqualTo("confirmed");
    assertThatThrownBy(
            () ->
                merges.decide(
                    INVESTIGATOR,
                    proposal.id(),
                    confirmed.version(),
                    new WitnessMerges.Decision("dismiss", "changed my mind")))
        .isInstanceOf(ConflictException.class);
    assertThat(eventOf(told).level()).isEqualTo("single-source");
    assertThat(witnesses.get(there.id()).mergedInto()).isEqualTo(here.code());
  }

  @Test
  void oneAccountInTwoTestimoniesIsFlaggedAndOnceConfirmedCountsOnce() {
    Camp camp = newCamp(true);
    String account = "The guards made us stand in the snow all night as punishment for theft";
    ClaimView first =
        claims.record(
            INVESTIGATOR,
            claim(
                testimony(witness("test-centre", null)),
                "torture",
                "2008",
                "victim",
                null,
                account,
                inside(camp)));
    ClaimView second =
        claims.record(
            INVESTIGATOR,
            claim(
                testimony(witness("test-centre", null)),
                "torture",
                "2008-01",
                "victim",
                null,
                account + ".",
                inside(camp)));
    assertThat(eventOf(first).level()).isEqualTo("corroborated");
    DuplicateView flagged =
        duplicates.list("proposed").stream()
            .filter(d -> d.claimA() == first.id() && d.claimB() == second.id())
            .findFirst()
            .orElseThrow();
    assertThat(flagged.similarity()).isGreaterThan(0.9);
    duplicates.decide(
        INVESTIGATOR,
        flagged.id(),
        flagged.version(),
        new ClaimDuplicates.Decision("confirm", "one interview transcribed twice"));
    assertThat(eventOf(first).level()).isEqualTo("single-source");
  }

  @Test
  void twoMatchingClaimsRecordedAtTheSameMomentEndInOneEvent() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        Camp camp = newCamp(true);
        TestimonyView first = testimony(witness("test-centre", null));
        TestimonyView second = testimony(witness("test-centre", null));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<ClaimView>> written = new ArrayList<>();
        for (TestimonyView t : List.of(first, second)) {
          written.add(
              pool.submit(
                  () -> {
                    start.await();
                    return claims.record(
                        INVESTIGATOR,
                        claim(
                            t,
                            "torture",
                            "2006",
                            "victim",
                            null,
                            "beaten " + t.id(),
                            inside(camp)));
                  }));
        }
        ClaimView a = written.get(0).get(60, TimeUnit.SECONDS);
        ClaimView b = written.get(1).get(60, TimeUnit.SECONDS);
        EventRow event = eventOf(a);
        assertThat(event.members())
            .as("round " + round)
            .extracting(EventRow.Member::key)
            .containsExactlyInAnyOrder("claim:" + a.id(), "claim:" + b.id());
        assertThat(event.level()).isEqualTo("corroborated");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Refusals

  @Test
  void everyProblemOfAClaimIsReportedAtOnceAndNothingIsWritten() {
    Camp camp = newCamp(true);
    TestimonyView testimony = testimony(witness("test-centre", null));
    long before = count("claim");
    ClaimEdit bad =
        new ClaimEdit(
            testimony.id(),
            null,
            null,
            null,
            "beheading",
            "<script>alert(1)</script>",
            null,
            5,
            2,
            "9",
            "eyewitness",
            null,
            null,
            "1997-13",
            null,
            List.of(
                new ClaimEdit.PlaceEdit(List.of(39.67, 126.85), 500.0, null, null, null, null),
                new ClaimEdit.PlaceEdit(
                    null,
                    null,
                    geo("POLYGON ((126 39, 126.1 39.1, 126.1 39, 126 39.1, 126 39))"),
                    null,
                    null,
                    null)),
            null);
    assertThatThrownBy(() -> claims.record(INVESTIGATOR, bad))
        .isInstanceOf(InvalidFieldsException.class)
        .satisfies(
            e -> {
              List<String> problems = ((InvalidFieldsException) e).problems();
              assertThat(String.join("\n", problems))
                  .contains("type: unknown value 'beheading'")
                  .contains("victimsMin (5) is more than victimsMax (2)")
                  .contains("informationGrade: unknown value '9'")
                  .contains("'1997-13' has month 13")
                  .contains("places[0].point [39.67, 126.85]: latitude and longitude look swapped")
                  .contains("places[1].area")
                  .contains("self-intersect");
            });
    assertThat(count("claim")).isEqualTo(before);

    // HTML and SQL are text: stored as given, never interpreted.
    ClaimView stored =
        claims.record(
            INVESTIGATOR,
            claim(
                testimony,
                "other",
                "/",
                "victim",
                null,
                "<b>bold</b>'); DROP TABLE claim; --",
                inside(camp)));
    assertThat(claims.get(stored.id()).description())
        .isEqualTo("<b>bold</b>'); DROP TABLE claim; --");
    assertThat(stored.time().earliest()).isNull();
    assertThat(stored.time().precision()).isEqualTo("unknown");

    // An unknown facility is named with its place.
    assertThatThrownBy(
            () ->
                claims.record(
                    INVESTIGATOR,
                    claim(
                        testimony,
                        "torture",
                        "2001",
                        "victim",
                        null,
                        "somewhere",
                        new ClaimEdit.PlaceEdit(null, null, null, "no-such-camp", null, null))))
        .hasMessageContaining("places[0]: no facility 'no-such-camp'");
  }

  @Test
  void aStaleEditIsRefusedAndTheClaimKeepsItsHistory() {
    Camp camp = newCamp(true);
    TestimonyView testimony = testimony(witness("test-centre", null));
    ClaimView claim =
        claims.record(
            INVESTIGATOR,
            claim(testimony, "torture", "2001", "victim", null, "first words", inside(camp)));
    ClaimView edited =
        claims.replace(
            INVESTIGATOR,
            claim.id(),
            claim.version(),
            claim(testimony, "torture", "2001-03", "victim", null, "second words", inside(camp)));
    assertThat(edited.version()).isEqualTo(claim.version() + 1);
    assertThatThrownBy(
            () ->
                claims.replace(
                    INVESTIGATOR,
                    claim.id(),
                    claim.version(),
                    claim(
                        testimony, "torture", "2001", "victim", null, "lost words", inside(camp))))
        .isInstanceOf(StaleVersionException.class);
    List<String> states =
        owner.withHandle(
            h ->
                h.createQuery(
                        "SELECT state ->> 'description' FROM record_version WHERE table_name = 'claim'"
                            + " AND record_id = :id ORDER BY id")
                    .bind("id", Long.toString(claim.id()))
                    .mapTo(String.class)
                    .list());
    assertThat(states).containsExactly("first words", "second words");
    assertThatThrownBy(() -> testimonies.delete(INVESTIGATOR, testimony.id(), 1, "gone"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("live claims");
  }

  private static long count(String table) {
    return owner.withHandle(
        h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }
}
