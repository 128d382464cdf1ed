package org.sightline.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.bench.NameSearchBenchmark;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.visibility.Visibility;

/**
 * Floors on the name search's precision and recall over the labelled variant spellings, so that a
 * ranking change that loses real spellings fails; and the cases issue 10 reported. The figures:
 * {@code scripts/bench-name-search}.
 */
@PostgisTest
class NameSearchEvaluationTest {
  private static TestDatabase database;
  private static NameSearchEvaluation.Figures figures;

  @BeforeAll
  static void loadSampleAndEvaluate() {
    database = TestPostgis.freshDatabase();
    figures = NameSearchBenchmark.run(database);
    figures.imperfect().forEach(System.out::println);
    System.out.println("name search: " + figures.summary());
  }

  @Test
  void theSetHasAtLeastFortyRealVariantsInEveryForm() {
    List<NameSearchEvaluation.Variant> variants = NameSearchEvaluation.variants();
    assertThat(variants).hasSizeGreaterThanOrEqualTo(40);
    assertThat(variants.stream().map(NameSearchEvaluation.Variant::form).distinct())
        .contains("mr", "rr", "hangul", "camp-number", "misspelling", "nkdb-id");
    assertThat(variants).allSatisfy(v -> assertThat(v.origin()).isNotBlank());
  }

  @Test
  void precisionAndRecallStayAboveTheirFloors() {
    assertThat(figures.recall()).as(figures.summary()).isGreaterThanOrEqualTo(0.95);
    assertThat(figures.precision()).as(figures.summary()).isGreaterThanOrEqualTo(0.95);
    assertThat(figures.precisionAt1()).as(figures.summary()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theReportedQueriesFindTheirCampOnly() {
    FacilityRegistry registry =
        new FacilityRegistry(new AttributedTransactions(database.appJdbi()));
    for (String q : List.of("yoduk", "camp 15", "Yodok", "요덕", "Kwanliso No. 15")) {
      assertThat(registry.search(q, Visibility.STAFF, 20))
          .as("q=%s", q)
          .extracting(RegistryEntry::id)
          .containsExactly("kwanliso-15-yodok");
    }
    assertThat(registry.search("kyohwaso 1", Visibility.STAFF, 20))
        .as("a number matches only itself: not kyohwaso 11, 12")
        .extracting(RegistryEntry::id)
        .containsExactly("kyohwaso-1-kaechon");
  }
}
