package org.sightline.server.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The name-search evaluation: the labelled variant spellings of {@code name-search/variants.tsv}
 * (query -> the facility ids it should find) scored against a search.
 *
 * <p>Micro-averaged over the set: precision = relevant returned / returned, recall = relevant
 * returned / relevant; precision@1 = queries whose first answer is relevant / queries.
 */
public final class NameSearchEvaluation {
  /** The evaluation set on the test class path. */
  public static final String RESOURCE = "/name-search/variants.tsv";

  /** One labelled query: a spelling and the ids it should find. */
  public record Variant(String query, Set<String> expectedIds, String form, String origin) {}

  /** One query's outcome. */
  public record Outcome(Variant variant, List<String> returnedIds) {
    long relevantReturned() {
      return returnedIds.stream().filter(variant.expectedIds()::contains).count();
    }

    boolean firstRelevant() {
      return !returnedIds.isEmpty() && variant.expectedIds().contains(returnedIds.get(0));
    }
  }

  /** The set's figures, micro-averaged. */
  public record Figures(
      int queries,
      long returned,
      long relevant,
      long relevantReturned,
      int firstRelevant,
      List<Outcome> outcomes) {
    public double precision() {
      return returned == 0 ? 0 : (double) relevantReturned / returned;
    }

    public double recall() {
      return relevant == 0 ? 0 : (double) relevantReturned / relevant;
    }

    public double precisionAt1() {
      return queries == 0 ? 0 : (double) firstRelevant / queries;
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "%d queries: returned %d, relevant %d, relevant returned %d; precision %.3f, recall %.3f,"
              + " precision@1 %.3f",
          queries,
          returned,
          relevant,
          relevantReturned,
          precision(),
          recall(),
          precisionAt1());
    }

    /** Each query that missed a relevant id or returned an irrelevant one, for reading. */
    public List<String> imperfect() {
      List<String> lines = new ArrayList<>();
      for (Outcome o : outcomes) {
        Set<String> missed = new LinkedHashSet<>(o.variant().expectedIds());
        o.returnedIds().forEach(missed::remove);
        List<String> extra =
            o.returnedIds().stream().filter(id -> !o.variant().expectedIds().contains(id)).toList();
        if (!missed.isEmpty() || !extra.isEmpty()) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "%-45s missed %d %s, extra %d %s",
                  "'" + o.variant().query() + "'",
                  missed.size(),
                  missed,
                  extra.size(),
                  extra));
        }
      }
      return lines;
    }
  }

  private NameSearchEvaluation() {}

  /** The labelled set. */
  public static List<Variant> variants() {
    try (InputStream in = NameSearchEvaluation.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      List<Variant> variants = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 4) {
          throw new IllegalStateException("not 4 tab-separated cells: " + line);
        }
        variants.add(
            new Variant(
                cells[0], new LinkedHashSet<>(List.of(cells[1].split(","))), cells[2], cells[3]));
      }
      return variants;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores {@code search} (query -> returned ids, best first) on the set. */
  public static Figures evaluate(List<Variant> variants, Function<String, List<String>> search) {
    long returned = 0;
    long relevant = 0;
    long relevantReturned = 0;
    int firstRelevant = 0;
    List<Outcome> outcomes = new ArrayList<>();
    for (Variant v : variants) {
      Outcome o = new Outcome(v, search.apply(v.query()));
      outcomes.add(o);
      returned += o.returnedIds().size();
      relevant += v.expectedIds().size();
      relevantReturned += o.relevantReturned();
      firstRelevant += o.firstRelevant() ? 1 : 0;
    }
    return new Figures(
        variants.size(),
        returned,
        relevant,
        relevantReturned,
        firstRelevant,
        List.copyOf(outcomes));
  }
}
