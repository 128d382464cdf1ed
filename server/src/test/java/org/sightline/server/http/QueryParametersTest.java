package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.resources.features.BoundaryItemsResource;
import org.sightline.server.resources.features.ZoneItemsResource;

class QueryParametersTest {
  @Produces({"application/geo+json", "application/json"})
  @AcceptsQueryParameters("kind")
  static final class Sample {
    @GET
    public String items(
        @QueryParam("limit") Integer limit,
        @QueryParam("after") long after,
        @QueryParam("maxCloud") Double maxCloud,
        @QueryParam("dryRun") boolean dryRun,
        @QueryParam("ids") List<String> ids,
        @QueryParam("q") String q) {
      return "";
    }

    @GET
    @Produces("text/csv")
    public String csv(@QueryParam("q") String q) {
      return "";
    }

    @GET
    @Produces("*/*")
    public String anything() {
      return "";
    }
  }

  private static QueryParameters of(String method) throws NoSuchMethodException {
    for (Method m : Sample.class.getMethods()) {
      if (m.getName().equals(method)) {
        return QueryParameters.of(m, Sample.class);
      }
    }
    throw new NoSuchMethodException(method);
  }

  /** Alternating names and values; a name may repeat. */
  private static Map<String, List<String>> query(String... pairs) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return query;
  }

  private static String refusal(QueryParameters parameters, String... pairs) {
    try {
      parameters.check(query(pairs));
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted " + List.of(pairs));
  }

  @Test
  void acceptedNamesComeFromQueryParamsTheAnnotationAndF() throws Exception {
    assertThat(of("items").names())
        .containsExactly("after", "dryRun", "f", "ids", "kind", "limit", "maxCloud", "q");
    assertThat(of("items").formats()).containsExactly("geojson", "json");
    assertThat(of("csv").formats()).containsExactly("csv");
    assertThat(of("anything").formats()).isEmpty();
  }

  @Test
  void aValidQueryPasses() throws Exception {
    assertThatCode(
            () ->
                of("items")
                    .check(
                        query(
                            "limit",
                            "10",
                            "after",
                            "-3",
                            "maxCloud",
                            "12.5",
                            "dryRun",
                            "TRUE",
                            "ids",
                            "a",
                            "ids",
                            "b",
                            "q",
                            "yoduk",
                            "kind",
                            "mine",
                            "f",
                            "json")))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "limit    | abc    | limit 'abc' is not a whole number; give digits only, such as limit=10",
        "limit    | 1.5    | limit '1.5' is not a whole number; give digits only, such as limit=10",
        "limit    | 3000000000 | limit 3000000000 is outside -2147483648..2147483647",
        "after    | ''     | after '' is not a whole number; give digits only, such as after=10",
        "maxCloud | ten    | maxCloud 'ten' is not a number; give a decimal such as maxCloud=0.5",
        "maxCloud | NaN    | maxCloud 'NaN' is not a finite decimal number",
        "maxCloud | 0x1p3  | maxCloud '0x1p3' is not a finite decimal number",
        "dryRun   | yes    | dryRun 'yes' is not true or false; give dryRun=true or dryRun=false",
        "sort     | name   | unknown query parameter [sort]; this endpoint accepts [after, dryRun, f, ids, kind, limit, maxCloud, q]",
        "f        | html   | f=html is not supported here; this endpoint serves f=geojson, f=json",
        "f        | csv    | f=csv is not supported here; this endpoint serves f=geojson, f=json",
      })
  void badValuesAreRefusedNamingTheParameter(String name, String value, String message)
      throws Exception {
    assertThat(refusal(of("items"), name, value)).isEqualTo(message);
  }

  @Test
  void allUnknownParametersAreNamed() throws Exception {
    assertThat(refusal(of("csv"), "sort", "name", "type", "x"))
        .isEqualTo("unknown query parameters [sort, type]; this endpoint accepts [f, kind, q]");
  }

  @Test
  void aRepeatedParameterIsRefusedUnlessTheMethodTakesAList() throws Exception {
    assertThat(refusal(of("items"), "limit", "5", "limit", "6"))
        .isEqualTo("query parameter 'limit' is given 2 times; give it once");
    assertThat(refusal(of("items"), "f", "json", "f", "json"))
        .isEqualTo("query parameter 'f' is given 2 times; give it once");
  }

  @Test
  void aNulCharacterInAValueOrANameIsRefusedBeforeAnythingElse() throws Exception {
    assertThat(refusal(of("items"), "q", "a\0b"))
        .isEqualTo("query parameter 'q' holds a NUL character (%00); no text may contain one");
    assertThat(refusal(of("items"), "ids", "a", "ids", "\0"))
        .isEqualTo("query parameter 'ids' holds a NUL character (%00); no text may contain one");
    assertThat(refusal(of("items"), "no\0pe", "x"))
        .isEqualTo(
            "query parameter 'no%00pe' holds a NUL character (%00); no text may contain one");
  }

  @Test
  void anEndpointWithoutAFormatToChooseRefusesF() throws Exception {
    assertThat(refusal(of("anything"), "f", "json"))
        .isEqualTo(
            "f=json is not supported here; this endpoint has no format to choose, leave f out");
  }

  @Test
  void theAreaCollectionsAcceptExactlyTheFiltersOfTheirKind() throws NoSuchMethodException {
    for (var entry :
        Map.of(
                BoundaryItemsResource.class, DatedAreaKind.BOUNDARY,
                ZoneItemsResource.class, DatedAreaKind.ZONE)
            .entrySet()) {
      Method items = null;
      for (Method m : entry.getKey().getMethods()) {
        if (m.getName().equals("items")) {
          items = m;
        }
      }
      if (items == null) {
        throw new NoSuchMethodException(entry.getKey().getSimpleName() + ".items");
      }
      Set<String> filters =
          new TreeSet<>(QueryParameters.of(items, entry.getKey()).accepted().keySet());
      filters.removeAll(Set.of("limit", "bbox", "datetime", "cursor"));
      assertThat(filters)
          .as(entry.getKey().getSimpleName())
          .isEqualTo(
              new TreeSet<>(
                  entry.getValue().filters().stream()
                      .map(DatedAreaKind.Filter::parameter)
                      .toList()));
    }
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesEvenWhenItsValueIsBad() throws Exception {
    assertThatThrownBy(() -> of("items").check(query("limt", "abc")))
        .hasMessageStartingWith("unknown query parameter [limt]");
  }
}
