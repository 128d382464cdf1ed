package org.sightline.geodata.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.vocabulary.Coded;

/** The type rules, read from CSV: symmetric, reflexive, every type known, every rule explained. */
class TypeCompatibilityTest {
  private static final String HEADER = "type_a,type_b,compatible,note\n";

  private static TypeCompatibility read(String rows) {
    return TypeCompatibility.read(new StringReader(HEADER + rows), "rules.csv");
  }

  @Test
  void theBuiltInTableIsReadFromItsCsvResource() {
    TypeCompatibility types = TypeCompatibility.defaults();
    assertThat(types.rules()).hasSizeGreaterThan(15);
    assertThat(types.rules()).allSatisfy(rule -> assertThat(rule.note()).isNotBlank());
    assertThat(types.compatible(EventType.EXECUTION, EventType.PUBLIC_EXECUTION)).isTrue();
    assertThat(types.compatible(EventType.DEATH_IN_CUSTODY, EventType.STARVATION)).isTrue();
    assertThat(types.compatible(EventType.FORCED_LABOUR, EventType.CONSTRUCTION)).isTrue();
    assertThat(types.compatible(EventType.ARBITRARY_DETENTION, EventType.ENFORCED_DISAPPEARANCE))
        .isTrue();
    assertThat(types.compatible(EventType.CONSTRUCTION, EventType.DEMOLITION)).isFalse();
    assertThat(types.compatible(EventType.EXECUTION, EventType.FORCED_LABOUR)).isFalse();
    assertThat(types.compatible(EventType.TORTURE, EventType.CONSTRUCTION)).isFalse(); // unlisted
  }

  @Test
  void rulesAreSymmetricAndEveryTypeIsCompatibleWithItself() {
    TypeCompatibility types = TypeCompatibility.defaults();
    for (EventType a : EventType.values()) {
      assertThat(types.compatible(a, a)).isTrue();
      assertThat(types.rule(a, a).note()).isEqualTo(TypeRule.SAME_TYPE_NOTE);
      for (EventType b : EventType.values()) {
        assertThat(types.compatible(a, b)).as(a + " ~ " + b).isEqualTo(types.compatible(b, a));
        assertThat(types.rule(a, b).note()).isEqualTo(types.rule(b, a).note());
      }
    }
    TypeCompatibility read = read("forced-labour,construction,true,prisoners build them\n");
    assertThat(read.compatible(EventType.CONSTRUCTION, EventType.FORCED_LABOUR)).isTrue();
    assertThat(read.rule(EventType.CONSTRUCTION, EventType.FORCED_LABOUR).describe())
        .isEqualTo("forced-labour ~ construction (prisoners build them)");
    assertThat(read.compatibleWith(EventType.CONSTRUCTION))
        .containsExactlyInAnyOrder(EventType.CONSTRUCTION, EventType.FORCED_LABOUR);
    assertThat(read.rule(EventType.TORTURE, EventType.EXECUTION).compatible()).isFalse();
    assertThat(read.rule(EventType.TORTURE, EventType.EXECUTION).note())
        .isEqualTo(TypeRule.UNLISTED_NOTE);
  }

  @Test
  void unknownTypesAndMalformedRowsAreRefusedNamingTheLine() {
    assertThatThrownBy(() -> read("execution,beheading,true,why\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith(
            "rules.csv line 2: type_b: unknown value 'beheading'; expected one of execution,");
    assertThatThrownBy(() -> read("execution,torture,maybe,why\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("rules.csv line 2: compatible must be true or false, not 'maybe'");
    assertThatThrownBy(() -> read("execution,torture,true,\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("rules.csv line 2: note is missing; say why");
    assertThatThrownBy(() -> read("torture,torture,false,no\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "rules.csv line 2: torture is paired with itself; a type is always compatible with"
                + " itself");
    assertThatThrownBy(() -> read("execution,torture,true,a\ntorture,execution,false,b\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("rules.csv line 3: torture and execution are already listed (in either order)");
    assertThatThrownBy(
            () -> TypeCompatibility.read(new StringReader("a,b,c\nx,y,z\n"), "rules.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("rules.csv: header must be type_a,type_b,compatible,note");
  }

  @Test
  void vocabularyCodesAreLowerCaseWordsWithKoreanLabels() {
    for (Class<? extends Coded> vocabulary :
        List.of(
            EventType.class,
            EvidenceKind.class,
            CorroborationLevel.class,
            IndependenceReason.class)) {
      Set<String> codes = new HashSet<>();
      for (Coded value : vocabulary.getEnumConstants()) {
        assertThat(value.code()).matches("[a-z]+(-[a-z]+)*");
        assertThat(codes.add(value.code())).as(value.code()).isTrue();
        assertThat(value.labelKo()).isNotEqualTo(value.labelEn()).matches(".*\\p{IsHangul}.*");
      }
    }
    assertThat(EventType.values()).filteredOn(t -> !t.visibleFromSpace()).hasSize(12);
  }
}
