package org.sightline.geodata.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.corroboration.CorroborationLevel;

/**
 * The rules of a redaction policy from and to JSON: defaults for missing fields, unknown fields and
 * wrong types refused naming the field, the ranges of the grid and the minimum distance.
 */
class RedactionRulesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RULE_NAMES =
      "datePrecision, freeText, gridSizeM, minimumDistanceM, minimumEventLevel,"
          + " placeGeneralisation, requireConsent";

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(text, e);
    }
  }

  private static RedactionRules read(String text) {
    return RedactionRules.fromJson(json(text));
  }

  @Test
  void anEmptyObjectIsTheDefaults() {
    assertThat(read("{}")).isEqualTo(RedactionRules.DEFAULTS);
    assertThat(RedactionRules.DEFAULTS)
        .isEqualTo(
            new RedactionRules(
                CorroborationLevel.CORROBORATED,
                PlaceGeneralisation.GRID,
                2000,
                500,
                DatePrecision.MONTH,
                true,
                FreeTextRule.MARKED_ONLY));
  }

  @Test
  void aMissingFieldTakesItsDefaultAndTheOthersAreRead() {
    RedactionRules rules =
        read("{\"gridSizeM\": 5000, \"datePrecision\": \"year\", \"requireConsent\": false}");
    assertThat(rules)
        .isEqualTo(
            new RedactionRules(
                CorroborationLevel.CORROBORATED,
                PlaceGeneralisation.GRID,
                5000,
                500,
                DatePrecision.YEAR,
                false,
                FreeTextRule.MARKED_ONLY));
  }

  @Test
  void everyFieldIsRead() {
    RedactionRules rules =
        read(
            """
            {"minimumEventLevel": "strongly-corroborated", "placeGeneralisation": "facility",
             "gridSizeM": 100000, "minimumDistanceM": 50000, "datePrecision": "year",
             "requireConsent": false, "freeText": "never"}
            """);
    assertThat(rules)
        .isEqualTo(
            new RedactionRules(
                CorroborationLevel.STRONGLY_CORROBORATED,
                PlaceGeneralisation.FACILITY,
                100_000,
                50_000,
                DatePrecision.YEAR,
                false,
                FreeTextRule.NEVER));
  }

  @Test
  void anUnknownFieldIsRefusedNamingItAndTheRules() {
    assertThatThrownBy(() -> read("{\"gridSizeM\": 1000, \"blurRadiusM\": 300}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("blurRadiusM: unknown rule; the rules are " + RULE_NAMES);
  }

  @Test
  void theFirstUnknownFieldIsNamed() {
    assertThatThrownBy(() -> read("{\"colour\": 1, \"gridsizem\": 1000}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("colour: unknown rule;");
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "[{}]", "\"grid\"", "2000", "true"})
  void anythingButAnObjectIsRefused(String text) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("rules: must be a JSON object");
  }

  @Test
  void javaNullIsRefused() {
    assertThatThrownBy(() -> RedactionRules.fromJson(null))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("rules: must be a JSON object");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gridSizeM|\"2000\"|gridSizeM: must be a whole number of metres, got \"2000\"",
        "gridSizeM|2000.5|gridSizeM: must be a whole number of metres, got 2000.5",
        "gridSizeM|2000.0|gridSizeM: must be a whole number of metres, got 2000.0",
        "gridSizeM|true|gridSizeM: must be a whole number of metres, got true",
        "gridSizeM|null|gridSizeM: must be a whole number of metres, got null",
        "gridSizeM|{}|gridSizeM: must be a whole number of metres, got {}",
        "gridSizeM|3000000000|gridSizeM: must be a whole number of metres, got 3000000000",
        "minimumDistanceM|\"500\"|minimumDistanceM: must be a whole number of metres, got \"500\"",
        "minimumDistanceM|[500]|minimumDistanceM: must be a whole number of metres, got [500]",
        "requireConsent|\"true\"|requireConsent: must be true or false, got \"true\"",
        "requireConsent|1|requireConsent: must be true or false, got 1",
        "requireConsent|null|requireConsent: must be true or false, got null",
        "minimumEventLevel|2|minimumEventLevel: must be a string, got 2",
        "placeGeneralisation|null|placeGeneralisation: must be a string, got null",
        "datePrecision|[\"month\"]|datePrecision: must be a string, got [\"month\"]",
        "freeText|false|freeText: must be a string, got false",
      })
  void aWrongTypeIsRefusedNamingTheFieldAndTheValue(String field, String value, String message) {
    assertThatThrownBy(() -> read("{\"" + field + "\": " + value + "}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "minimumEventLevel|weak|minimumEventLevel: unknown value 'weak'; expected one of"
            + " single-source, corroborated, strongly-corroborated",
        "placeGeneralisation|GRID|placeGeneralisation: unknown value 'GRID'; expected one of"
            + " facility, zone, grid",
        "datePrecision|day|datePrecision: unknown value 'day'; expected one of month, year",
        "freeText|always|freeText: unknown value 'always'; expected one of marked-only, never",
        "freeText|''|freeText: unknown value ''; expected one of marked-only, never",
      })
  void anUnknownCodeIsRefusedNamingTheFieldAndTheCodes(String field, String code, String message) {
    assertThatThrownBy(() -> read("{\"" + field + "\": \"" + code + "\"}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(message);
  }

  /** Regression: the refusal named the vocabulary's own field, "level", not the rule. */
  @Example
  void anUnknownMinimumEventLevelNamesTheRule() {
    assertThatThrownBy(() -> read("{\"minimumEventLevel\": \"confirmed\"}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("minimumEventLevel: unknown value 'confirmed';");
  }

  @Test
  void everyCodeIsRead() {
    for (CorroborationLevel level : CorroborationLevel.values()) {
      assertThat(read("{\"minimumEventLevel\": \"" + level.code() + "\"}").minimumEventLevel())
          .isEqualTo(level);
    }
    for (PlaceGeneralisation place : PlaceGeneralisation.values()) {
      assertThat(read("{\"placeGeneralisation\": \"" + place.code() + "\"}").placeGeneralisation())
          .isEqualTo(place);
    }
    for (DatePrecision precision : DatePrecision.values()) {
      assertThat(read("{\"datePrecision\": \"" + precision.code() + "\"}").datePrecision())
          .isEqualTo(precision);
    }
    for (FreeTextRule rule : FreeTextRule.values()) {
      assertThat(read("{\"freeText\": \"" + rule.code() + "\"}").freeText()).isEqualTo(rule);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 99, 100_001, Integer.MAX_VALUE})
  void aGridOutsideItsRangeIsRefused(int gridSizeM) {
    assertThatThrownBy(() -> read("{\"gridSizeM\": " + gridSizeM + ", \"minimumDistanceM\": 0}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("gridSizeM: must be 100 to 100000 metres, got " + gridSizeM);
  }

  @Test
  void theGridsEndsAreAllowed() {
    assertThat(read("{\"gridSizeM\": 100, \"minimumDistanceM\": 50}").gridSizeM()).isEqualTo(100);
    assertThat(read("{\"gridSizeM\": 100000}").gridSizeM()).isEqualTo(100_000);
  }

  @Test
  void theDefaultMinimumDistanceIsRefusedWithASmallGrid() {
    // 500 m (the default) is more than half of a 900 m grid.
    assertThatThrownBy(() -> read("{\"gridSizeM\": 900}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "minimumDistanceM: must be 0 to half of gridSizeM (450 m), so that every cell has a"
                + " place far enough; got 500");
  }

  @ParameterizedTest
  @CsvSource({"1000,-1", "1000,501", "101,51", "100,51", "100000,50001"})
  void aMinimumDistanceOutsideItsRangeIsRefused(int gridSizeM, int minimumDistanceM) {
    assertThatThrownBy(
            () ->
                read(
                    "{\"gridSizeM\": "
                        + gridSizeM
                        + ", \"minimumDistanceM\": "
                        + minimumDistanceM
                        + "}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("minimumDistanceM: must be 0 to half of gridSizeM")
        .hasMessageEndingWith("got " + minimumDistanceM);
  }

  @ParameterizedTest
  @CsvSource({"1000,0", "1000,500", "101,50", "100,50"})
  void aMinimumDistanceInsideItsRangeIsAllowed(int gridSizeM, int minimumDistanceM) {
    RedactionRules rules =
        read("{\"gridSizeM\": " + gridSizeM + ", \"minimumDistanceM\": " + minimumDistanceM + "}");
    assertThat(rules.minimumDistanceM()).isEqualTo(minimumDistanceM);
  }

  @Test
  void aMissingRuleIsRefused() {
    assertThatThrownBy(
            () ->
                new RedactionRules(
                    null,
                    PlaceGeneralisation.GRID,
                    2000,
                    500,
                    DatePrecision.MONTH,
                    true,
                    FreeTextRule.NEVER))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("a redaction rule is missing");
    assertThatThrownBy(
            () ->
                new RedactionRules(
                    CorroborationLevel.CORROBORATED,
                    PlaceGeneralisation.GRID,
                    2000,
                    500,
                    null,
                    true,
                    FreeTextRule.NEVER))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("a redaction rule is missing");
  }

  @Test
  void toJsonWritesEveryFieldWithTheCodes() {
    assertThat(RedactionRules.DEFAULTS.toJson())
        .isEqualTo(
            json(
                """
                {"minimumEventLevel": "corroborated", "placeGeneralisation": "grid",
                 "gridSizeM": 2000, "minimumDistanceM": 500, "datePrecision": "month",
                 "requireConsent": true, "freeText": "marked-only"}
                """));
  }

  @Test
  void allowsLevelIsTheMinimumLevelAndAbove() {
    RedactionRules single = rulesWithLevel(CorroborationLevel.SINGLE_SOURCE);
    RedactionRules corroborated = rulesWithLevel(CorroborationLevel.CORROBORATED);
    RedactionRules strongly = rulesWithLevel(CorroborationLevel.STRONGLY_CORROBORATED);
    assertThat(single.allowsLevel(CorroborationLevel.SINGLE_SOURCE)).isTrue();
    assertThat(single.allowsLevel(CorroborationLevel.CORROBORATED)).isTrue();
    assertThat(single.allowsLevel(CorroborationLevel.STRONGLY_CORROBORATED)).isTrue();
    assertThat(corroborated.allowsLevel(CorroborationLevel.SINGLE_SOURCE)).isFalse();
    assertThat(corroborated.allowsLevel(CorroborationLevel.CORROBORATED)).isTrue();
    assertThat(corroborated.allowsLevel(CorroborationLevel.STRONGLY_CORROBORATED)).isTrue();
    assertThat(strongly.allowsLevel(CorroborationLevel.SINGLE_SOURCE)).isFalse();
    assertThat(strongly.allowsLevel(CorroborationLevel.CORROBORATED)).isFalse();
    assertThat(strongly.allowsLevel(CorroborationLevel.STRONGLY_CORROBORATED)).isTrue();
  }

  private static RedactionRules rulesWithLevel(CorroborationLevel level) {
    return RedactionRules.fromJson(
        RedactionRules.DEFAULTS.toJson().put("minimumEventLevel", level.code()));
  }

  // Properties over every valid combination of rules.

  @Provide
  Arbitrary<RedactionRules> validRules() {
    Arbitrary<Integer> grid = Arbitraries.integers().between(100, 100_000);
    Arbitrary<int[]> sizes =
        grid.flatMap(g -> Arbitraries.integers().between(0, g / 2).map(m -> new int[] {g, m}));
    return Combinators.combine(
            Arbitraries.of(CorroborationLevel.class),
            Arbitraries.of(PlaceGeneralisation.class),
            sizes,
            Arbitraries.of(DatePrecision.class),
            Arbitraries.of(true, false),
            Arbitraries.of(FreeTextRule.class))
        .as(
            (level, place, s, date, consent, text) ->
                new RedactionRules(level, place, s[0], s[1], date, consent, text));
  }

  @Property(tries = 300)
  void toJsonReadsBackAsEqualRulesAlsoThroughText(@ForAll("validRules") RedactionRules rules)
      throws Exception {
    ObjectNode written = rules.toJson();
    assertThat(written.size()).isEqualTo(7);
    assertThat(RedactionRules.fromJson(written)).isEqualTo(rules);
    assertThat(RedactionRules.fromJson(MAPPER.readTree(MAPPER.writeValueAsString(written))))
        .isEqualTo(rules);
  }

  @Property(tries = 300)
  void aMinimumDistanceIsAllowedExactlyUpToHalfTheGrid(
      @ForAll @IntRange(min = 100, max = 100_000) int gridSizeM,
      @ForAll @IntRange(min = -10, max = 60_000) int minimumDistanceM) {
    ObjectNode json =
        RedactionRules.DEFAULTS
            .toJson()
            .put("gridSizeM", gridSizeM)
            .put("minimumDistanceM", minimumDistanceM);
    if (minimumDistanceM >= 0 && 2 * minimumDistanceM <= gridSizeM) {
      assertThat(RedactionRules.fromJson(json).minimumDistanceM()).isEqualTo(minimumDistanceM);
    } else {
      assertThatThrownBy(() -> RedactionRules.fromJson(json))
          .isInstanceOf(InvalidDataException.class)
          .hasMessageStartingWith("minimumDistanceM: ");
    }
  }

  @Property(tries = 300)
  void aGridIsAllowedExactlyFrom100To100000(
      @ForAll @IntRange(min = -1000, max = 200_000) int gridSizeM) {
    ObjectNode json =
        RedactionRules.DEFAULTS.toJson().put("gridSizeM", gridSizeM).put("minimumDistanceM", 0);
    if (gridSizeM >= 100 && gridSizeM <= 100_000) {
      assertThat(RedactionRules.fromJson(json).gridSizeM()).isEqualTo(gridSizeM);
    } else {
      assertThatThrownBy(() -> RedactionRules.fromJson(json))
          .isInstanceOf(InvalidDataException.class)
          .hasMessageStartingWith("gridSizeM: ");
    }
  }
}
