package org.sightline.geodata.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.vocabulary.Coded;

/** The vocabularies' codes: how JSON writes them, and how an unknown one is refused. */
class CodedTest {
  @Test
  void jsonWritesTheCodeAsValueAndAsMapKey() throws Exception {
    assertThat(JsonMapping.writer().writeValueAsString(StructureClass.PRISONER_HOUSING))
        .isEqualTo("\"prisoner-housing\"");
    assertThat(
            JsonMapping.writer()
                .writeValueAsString(Map.of(ChangeKind.CLASS_CHANGED, EstimativeConfidence.LIKELY)))
        .isEqualTo("{\"changed-class\":\"likely\"}");
  }

  @Test
  void everyCodeIsLowerCaseWordsAndUniqueInItsVocabulary() {
    for (Class<? extends Coded> vocabulary :
        List.of(
            StructureClass.class,
            StructureCondition.class,
            EstimativeConfidence.class,
            UnassessableReason.class,
            StructureState.class,
            ChangeKind.class)) {
      Set<String> codes = new HashSet<>();
      for (Coded value : vocabulary.getEnumConstants()) {
        assertThat(value.code()).matches("[a-z]+(-[a-z]+)*");
        assertThat(codes.add(value.code())).as(value.code()).isTrue();
        assertThat(value.labelKo()).isNotEqualTo(value.labelEn());
      }
    }
  }

  @Test
  void anUnknownCodeIsRefusedNamingTheFieldAndTheAllowedCodes() {
    assertThatThrownBy(() -> StructureCondition.fromCode("damaged"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "condition: unknown value 'damaged'; expected one of intact, under-construction,"
                + " minor-damage, major-damage, destroyed, razed");
  }
}
