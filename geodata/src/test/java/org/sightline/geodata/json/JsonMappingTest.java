package org.sightline.geodata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMappingTest {
  record Login(String username, String password) {}

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
