package org.sightline.geodata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonMappingTest {
  record Login(String username, String password) {}

  /**
   * The fast number parsers give exactly the JDK's values, in every notation a double prints in.
   */
  @Property(tries = 2000)
  void numbersReadExactlyAsTheJdkReadsThem(@ForAll double value) throws Exception {
    String text = Double.toString(value);
    if (!Double.isFinite(value)) {
      return; // not JSON numbers
    }
    assertThat(JsonMapping.reader().readTree("[" + text + "]").get(0).doubleValue())
        .isEqualTo(Double.parseDouble(text));
    // As imagery's StacJson reads Items: BigDecimal, trailing zeros kept.
    ObjectMapper exact =
        JsonMapping.configure(
            JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build());
    assertThat(exact.readTree("[" + text + "]").get(0).decimalValue())
        .isEqualTo(new BigDecimal(text));
  }

  @Test
  void longCoordinatesReadAsTheJdkReadsThem() throws Exception {
    for (String text :
        new String[] {
          "126.85437264957381", "39.571408062502606", "2.2250738585072011e-308", "1e400"
        }) {
      assertThat(JsonMapping.reader().readTree("[" + text + "]").get(0).doubleValue())
          .as(text)
          .isEqualTo(Double.parseDouble(text));
    }
  }

  @Test
  void timesAreWrittenAsRfc3339Text() throws Exception {
    assertThat(
            JsonMapping.writer()
                .writeValueAsString(Map.of("at", Instant.parse("2024-01-02T03:04:05Z"))))
        .isEqualTo("{\"at\":\"2024-01-02T03:04:05Z\"}");
    assertThat(JsonMapping.writer().writeValueAsString(LocalDate.of(2024, 1, 2)))
        .isEqualTo("\"2024-01-02\"");
  }

  @Test
  void unknownFieldsAreRefused() {
    assertThatThrownBy(
            () ->
                JsonMapping.reader()
                    .forType(Login.class)
                    .readValue("{\"username\": \"a\", \"pasword\": \"b\"}"))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void configureAppliesTheSameSettingsToAnotherMapper() throws Exception {
    ObjectMapper mapper =
        JsonMapping.configure(
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertThat(mapper.writeValueAsString(LocalDate.of(2024, 1, 2))).isEqualTo("\"2024-01-02\"");
    assertThatThrownBy(() -> mapper.readValue("{\"username\": \"a\", \"x\": 1}", Login.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }
}
