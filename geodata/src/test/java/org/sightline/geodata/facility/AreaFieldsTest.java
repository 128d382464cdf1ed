package org.sightline.geodata.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.text.FieldText;

class AreaFieldsTest {
  private static final JsonNode SQUARE =
      json(
          """
      {"type": "Polygon", "coordinates": [[[127.30, 40.30], [127.33, 40.30], [127.33, 40.33], [127.30, 40.33],
        [127.30, 40.30]]]}""");

  private static JsonNode json(String text) {
    try {
      return JsonMapping.reader().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void checkedFieldsAreAMeasuredMultiPolygonWithValidity() {
    AreaFields fields =
        AreaFields.check(
            SQUARE,
            "2010-01-01",
            "2015-01-01",
            "published",
            "medium",
            null,
            List.of("hrnk-2017", "hrnk-2017"),
            " note ",
            false);
    assertThat(fields.geometry().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(fields.validFrom()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(fields.validTo()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(fields.sourceIds()).containsExactly("hrnk-2017");
    assertThat(fields.note()).isEqualTo("note");
    assertThat(fields.areaSqKm()).isBetween(8.4, 8.6);
    assertThat(fields.perimeterKm()).isBetween(11.0, 12.5);
    assertThat(AreaFields.interval(fields.validFrom(), null)).isEqualTo("[2010-01-01, open)");
  }

  @Test
  void eachRuleNamesItsField() {
    assertThatThrownBy(
            () ->
                AreaFields.check(
                    SQUARE, "2010-1-1", null, "published", "high", null, null, null, false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("validFrom must be a date YYYY-MM-DD, got '2010-1-1'");
    assertThatThrownBy(
            () ->
                AreaFields.check(
                    SQUARE,
                    "2015-01-01",
                    "2015-01-01",
                    "published",
                    "high",
                    null,
                    null,
                    null,
                    false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "validTo (2015-01-01) must be after validFrom (2015-01-01); validTo is exclusive");
    assertThatThrownBy(
            () -> AreaFields.check(SQUARE, null, null, "guessed", "high", null, null, null, false))
        .hasMessage("basis must be one of approximate, digitized, published; got 'guessed'");
    assertThatThrownBy(
            () ->
                AreaFields.check(SQUARE, null, null, "digitized", "high", null, null, null, false))
        .hasMessage(
            "an area digitized from imagery needs sceneId: the dated scene it was drawn on");
    assertThatThrownBy(
            () ->
                AreaFields.check(
                    json("{\"type\": \"Point\", \"coordinates\": [127.3, 40.3]}"),
                    null,
                    null,
                    "published",
                    "high",
                    null,
                    null,
                    null,
                    false))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("geometry");
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    JsonNode swappedBowtie =
        json(
            "{\"type\": \"Polygon\", \"coordinates\": [[[40.40, 127.40], [40.43, 127.43],"
                + " [40.40, 127.43], [40.43, 127.40], [40.40, 127.40]]]}");
    assertThatThrownBy(
            () ->
                AreaFields.check(
                    swappedBowtie, "2010-1-1", null, "guessed", "sure", null, null, null, false))
        .isInstanceOfSatisfying(
            InvalidDataException.class,
            e ->
                assertThat(e.problems())
                    .satisfiesExactly(
                        p -> assertThat(p).contains("latitude and longitude look swapped"),
                        p -> assertThat(p).startsWith("geometry: self-intersection"),
                        p -> assertThat(p).startsWith("validFrom must be a date"),
                        p -> assertThat(p).startsWith("basis must be one of"),
                        p -> assertThat(p).startsWith("confidence must be one of")));
  }

  @Test
  void registryTextIsNfcBoundedAndFreeOfControls() {
    assertThat(FieldText.optional("name", " Yodok ", 200)).isEqualTo("Yodok");
    assertThat(FieldText.optional("name", "  ", 200)).isNull();
    assertThat(FieldText.hangul("nameKo", "\u110b\u116d\u1103\u1165\u11a8")).isEqualTo("요덕");
    assertThatThrownBy(() -> FieldText.required("name", null, 200))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("name is required");
    assertThatThrownBy(() -> FieldText.optional("name", "a\tb", 200))
        .hasMessageStartingWith("name must not contain U+0009 CHARACTER TABULATION at character 2");
    assertThatThrownBy(() -> FieldText.optional("name", "x".repeat(201), 200))
        .hasMessage("name must be at most 200 characters");
    assertThatThrownBy(() -> FieldText.hangul("nameKo", "Yodok"))
        .hasMessage(
            "nameKo must be written in Hangul (e.g. 요덕); put romanizations in nameMr or nameRr");
    assertThat(FieldText.description("line one\n\tline two")).isEqualTo("line one\n\tline two");
    assertThat(FieldText.list("aliases", List.of("A", "A", "B"))).containsExactly("A", "B");
    assertThatThrownBy(() -> FieldText.list("aliases", List.of("A", " ")))
        .hasMessage("aliases[1] is blank");
  }
}
