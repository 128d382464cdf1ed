package org.sightline.server.bench;

import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.registry.NameSearchEvaluation;
import org.sightline.server.registry.RegistryEntry;
import org.sightline.server.sample.RegistryAdditions;
import org.sightline.server.sample.SampleDataLoader;
import org.sightline.server.sample.SampleFacilities;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.visibility.Visibility;

/**
 * Name-search precision and recall on the labelled variant spellings ({@link
 * NameSearchEvaluation}), against the sample data (with its editorial additions) on a throwaway
 * PostGIS, searching as staff with the API's default limit of 20. Run by {@code
 * scripts/bench-name-search}; prints the figures and every imperfect query.
 */
public final class NameSearchBenchmark {
  /** The API's default number of results. */
  static final int LIMIT = 20;

  private NameSearchBenchmark() {}

  public static void main(String[] args) {
    NameSearchEvaluation.Figures figures = run(TestPostgis.freshDatabase());
    for (String line : figures.imperfect()) {
      System.out.println(line);
    }
    System.out.println("name search: " + figures.summary());
  }

  /** Loads the sample data into {@code database} and scores the registry's search on it. */
  public static NameSearchEvaluation.Figures run(TestDatabase database) {
    SampleDataLoader loader = new SampleDataLoader(database.appJdbi());
    loader.load(SampleFacilities.load(JsonMapping.newMapper()));
    loader.apply(RegistryAdditions.load(JsonMapping.newMapper()));
    FacilityRegistry registry =
        new FacilityRegistry(new AttributedTransactions(database.appJdbi()));
    return NameSearchEvaluation.evaluate(
        NameSearchEvaluation.variants(),
        q -> registry.search(q, Visibility.STAFF, LIMIT).stream().map(RegistryEntry::id).toList());
  }
}
