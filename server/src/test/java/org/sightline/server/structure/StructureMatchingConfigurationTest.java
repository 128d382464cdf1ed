package org.sightline.server.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.structure.MatchingParameters;

/** The {@code structureMatching} section: its defaults, and the values refused at start. */
class StructureMatchingConfigurationTest {
  private static final ObjectMapper YAML_AS_JSON = Jackson.newObjectMapper();
  private static final Validator VALIDATOR = Validators.newValidator();

  private static StructureMatchingConfiguration read(String json) throws Exception {
    return YAML_AS_JSON.readValue(json, StructureMatchingConfiguration.class);
  }

  @Test
  void theDefaultsAreTheMatchersOwn() throws Exception {
    StructureMatchingConfiguration config = read("{}");
    assertThat(VALIDATOR.validate(config)).isEmpty();
    assertThat(config.parameters()).isEqualTo(MatchingParameters.DEFAULTS);
  }

  @Test
  void givenValuesAreUsed() throws Exception {
    StructureMatchingConfiguration config = read("{\"iouThreshold\": 0.4, \"moveThresholdM\": 25}");
    assertThat(VALIDATOR.validate(config)).isEmpty();
    assertThat(config.parameters().iouThreshold()).isEqualTo(0.4);
    assertThat(config.parameters().moveThresholdM()).isEqualTo(25);
  }

  @Test
  void outOfRangeValuesAndAClassChangeBelowTheSameClassThresholdAreRefused() throws Exception {
    Set<ConstraintViolation<StructureMatchingConfiguration>> violations =
        VALIDATOR.validate(
            read(
                "{\"iouThreshold\": 0.7, \"classChangeIouThreshold\": 0.5, \"assessableShare\": 0}"));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath() + " " + v.getMessage())
        .anyMatch(m -> m.contains("classChangeIouThreshold must be at least iouThreshold"))
        .anyMatch(m -> m.startsWith("assessableShare"));
  }
}
