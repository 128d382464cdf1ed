package org.sightline.server.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.facility.Facility;
import org.sightline.geodata.facility.SourcedLocation;
import org.sightline.geodata.source.Source;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.registry.SourcedLocationRow;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.visibility.Visibility;

@PostgisTest
class SampleDataLoaderTest {
  private static final SampleFacilities SAMPLE = SampleFacilities.load(new ObjectMapper());

  @Test
  void bundledDatasetIsCompleteAndConsistent() {
    assertThat(SAMPLE.facilities()).hasSize(193);
    Set<String> sourceIds = new HashSet<>(SAMPLE.sources().stream().map(Source::id).toList());
    assertThat(sourceIds).containsExactlyInAnyOrder("hrnk", "wikipedia", "nkpd", "nkdb");
    assertThat(SAMPLE.sources()).allSatisfy(s -> assertThat(s.licence()).isNotBlank());
    Set<String> ids = new HashSet<>();
    for (Facility f : SAMPLE.facilities()) {
      assertThat(ids.add(f.id())).as("duplicate id %s", f.id()).isTrue();
      List<SourcedLocation> primaries =
          f.sourcedLocations().stream().filter(SourcedLocation::primary).toList();
      assertThat(primaries).as("primary location of %s", f.id()).hasSize(1);
      assertThat(primaries.get(0).point().equalsExact(f.location(), 0.0))
          .as("%s is drawn at its primary sourced location", f.id())
          .isTrue();
      assertThat(f.sourcedLocations())
          .allSatisfy(l -> assertThat(sourceIds).contains(l.sourceId()));
    }
  }

  @Test
  void loadingTwiceAddsNothingTheSecondTime() {
    Jdbi jdbi = TestPostgis.freshDatabase().jdbi(); // empty, whatever the other tests loaded
    SampleDataLoader loader = new SampleDataLoader(jdbi);
    int expectedLocations =
        SAMPLE.facilities().stream().mapToInt(f -> f.sourcedLocations().size()).sum();

    SampleDataLoader.Report first = loader.load(SAMPLE);
    assertThat(first.facilitiesInserted()).isEqualTo(193);
    assertThat(first.locationsInserted()).isEqualTo(expectedLocations);

    SampleDataLoader.Report second = loader.load(SAMPLE);
    assertThat(second.facilitiesInserted()).isZero();
    assertThat(second.locationsInserted()).isZero();
    long stored = jdbi.withExtension(FacilityDao.class, dao -> dao.count(null, Visibility.STAFF));
    assertThat(stored).isEqualTo(193);
  }

  @Test
  void controllingAgenciesFromNkpdAreLoadedFilledInWhenMissingAndNeverOverwritten() {
    Jdbi jdbi = TestPostgis.freshDatabase().jdbi();
    SampleDataLoader loader = new SampleDataLoader(jdbi);
    long withAgency =
        SAMPLE.facilities().stream().filter(f -> f.controllingAgency() != null).count();
    assertThat(withAgency).isEqualTo(100);
    SampleDataLoader.Report first = loader.load(SAMPLE);
    assertThat(first.agenciesFilled()).isZero();
    assertThat(first.agenciesInserted()).isEqualTo(withAgency);
    assertThat(first.summary())
        .isEqualTo(
            "Sample data: 193 facilities read, 193 inserted (100 with a controlling agency) with "
                + first.locationsInserted()
                + " sourced locations");
    assertThat(loader.load(SAMPLE).summary())
        .as("a later start: nothing to do, and it says so")
        .isEqualTo("Sample data: 193 facilities read, all already present");
    String query = "SELECT count(*) FROM facility WHERE controlling_agency IS NOT NULL";
    long stored = jdbi.withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    assertThat(stored).isEqualTo(withAgency);

    // A database loaded before agencies were in the sample: one agency missing, one edited by a
    // user.
    jdbi.useHandle(
        h -> {
          h.execute("SELECT set_config('sightline.actor', 'user:editor', true)");
          h.execute("UPDATE facility SET controlling_agency = NULL WHERE id = 'kwanliso-15-yodok'");
          h.execute(
              "UPDATE facility SET controlling_agency = 'Edited by a user' WHERE id = 'kwanliso-18-bukchang'");
        });
    SampleDataLoader.Report again = loader.load(SAMPLE);
    assertThat(again.facilitiesInserted()).isZero();
    assertThat(again.agenciesFilled()).isEqualTo(1);
    assertThat(again.summary())
        .isEqualTo(
            "Sample data: 193 facilities read, all already present;"
                + " 1 missing controlling agency filled in on facilities already present");
    List<String> agencies =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id || ': ' || controlling_agency FROM facility WHERE id IN ('kwanliso-18-bukchang', 'kwanliso-15-yodok')"
                            + " ORDER BY id")
                    .mapTo(String.class)
                    .list());
    assertThat(agencies)
        .containsExactly(
            "kwanliso-15-yodok: Ministry of State Security",
            "kwanliso-18-bukchang: Edited by a user");
  }

  @Test
  void editorialAdditionsNameTheKwanlisoAndGiveSixOfThemApproximateSearchAreasOnce() {
    Jdbi jdbi = TestPostgis.freshDatabase().jdbi();
    SampleDataLoader loader = new SampleDataLoader(jdbi);
    loader.load(SAMPLE);
    RegistryAdditions additions = RegistryAdditions.load(new ObjectMapper());
    SampleDataLoader.AdditionsReport first = loader.apply(additions);
    assertThat(first.namesAdded()).isEqualTo(additions.names().size()).isGreaterThanOrEqualTo(6);
    assertThat(first.searchAreasAdded()).isEqualTo(6);
    SampleDataLoader.AdditionsReport second = loader.apply(additions);
    assertThat(second.namesAdded()).isZero();
    assertThat(second.searchAreasAdded()).isZero();

    List<String> boundaries =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
            SELECT facility_id || ':' || basis || ':' || confidence || ':' || (valid_from IS NULL) || ':' || (valid_to IS NULL)
              FROM facility_boundary ORDER BY facility_id""")
                    .mapTo(String.class)
                    .list());
    assertThat(boundaries)
        .hasSize(6)
        .allSatisfy(b -> assertThat(b).endsWith(":approximate:low:true:true"));
    String yodokKo =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT name_ko FROM facility WHERE id = 'kwanliso-15-yodok'")
                    .mapTo(String.class)
                    .one());
    assertThat(yodokKo).isEqualTo("요덕 15호 관리소");
    // Every sample facility's source is cited, the editors included.
    List<String> uncited =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
            SELECT DISTINCT s FROM facility_boundary, unnest(source_ids) s WHERE s NOT IN (SELECT id FROM source)""")
                    .mapTo(String.class)
                    .list());
    assertThat(uncited).isEmpty();
  }

  @Test
  void disagreeingSourcesAreKeptSideBySide(Jdbi jdbi) {
    new SampleDataLoader(jdbi).load(SAMPLE);
    List<SourcedLocationRow> camp16 =
        jdbi.withExtension(
            FacilityDao.class, dao -> dao.sourcedLocations(new String[] {"kwanliso-16-hwasong"}));
    assertThat(camp16).extracting(r -> r.location().sourceId()).contains("hrnk", "wikipedia");
    SourcedLocationRow wikipedia =
        camp16.stream()
            .filter(r -> r.location().sourceId().equals("wikipedia"))
            .findFirst()
            .orElseThrow();
    assertThat(wikipedia.distanceFromFacilityM()).isBetween(10_400.0, 10_600.0);

    List<SourcedLocationRow> camp22 =
        jdbi.withExtension(
            FacilityDao.class, dao -> dao.sourcedLocations(new String[] {"kwanliso-22-hoeryong"}));
    // HRNK's placemark and the coordinate in HRNK's own description differ by about 5 km.
    assertThat(camp22)
        .anySatisfy(
            r -> {
              assertThat(r.location().sourceId()).isEqualTo("hrnk");
              assertThat(r.location().primary()).isFalse();
              assertThat(r.distanceFromFacilityM()).isBetween(5_000.0, 5_500.0);
            });
  }
}
