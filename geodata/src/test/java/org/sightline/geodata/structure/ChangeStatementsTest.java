package org.sightline.geodata.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.geodata.structure.StructureFixtures.at;
import static org.sightline.geodata.structure.StructureFixtures.rect;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The exact English and Korean wording of events and comparisons. */
class ChangeStatementsTest {
  private static final LocalDate JUNE = LocalDate.parse("2011-06-19");
  private static final LocalDate FEBRUARY = LocalDate.parse("2013-02-12");

  private static ChangeEvent event(
      ChangeKind kind,
      StructureClass structureClass,
      StructureClass previousClass,
      StructureCondition condition,
      StructureCondition previousCondition,
      LocalDate earliest,
      EstimativeConfidence confidence) {
    return new ChangeEvent(
        "1:" + kind.code() + ":2",
        1,
        kind,
        structureClass,
        previousClass,
        condition,
        previousCondition,
        earliest,
        FEBRUARY,
        1,
        "S1",
        2,
        "S2",
        200.0,
        200.0,
        null,
        at(rect(0, 0, 10, 20)),
        confidence,
        null);
  }

  private static void checkStatement(ChangeEvent event, String en, String ko) {
    assertThat(ChangeStatements.of(event)).isEqualTo(new Statement(en, ko));
  }

  @Test
  void anAdministrationBuildingAppearedTakesAn() {
    checkStatement(
        event(
            ChangeKind.APPEARED,
            StructureClass.ADMINISTRATION,
            null,
            StructureCondition.INTACT,
            null,
            JUNE,
            EstimativeConfidence.ALMOST_CERTAIN),
        "Between 2011-06-19 and 2013-02-12 an administration building appeared (almost certain).",
        "2011-06-19와 2013-02-12 사이에 행정 건물 1동이 새로 나타났다(거의 확실).");
  }

  @Test
  void aDateEndingInZeroTakesGwaInKorean() {
    // 2011-06-10 is read ...십, which ends in a consonant: 과, not 와.
    checkStatement(
        event(
            ChangeKind.DISAPPEARED,
            StructureClass.AGRICULTURE,
            null,
            StructureCondition.INTACT,
            null,
            LocalDate.parse("2011-06-10"),
            EstimativeConfidence.EVEN_CHANCE),
        "Between 2011-06-10 and 2013-02-12 an agricultural plot disappeared (roughly even chance).",
        "2011-06-10과 2013-02-12 사이에 농경지 1필지가 사라졌다(반반의 가능성).");
  }

  @Test
  void conditionsAreWordedByWhatHappened() {
    checkStatement(
        event(
            ChangeKind.CONDITION_CHANGED,
            StructureClass.PRISONER_HOUSING,
            null,
            StructureCondition.MAJOR_DAMAGE,
            StructureCondition.INTACT,
            JUNE,
            EstimativeConfidence.LIKELY),
        "Between 2011-06-19 and 2013-02-12 the condition of a housing unit changed from intact to"
            + " major damage (likely).",
        "2011-06-19와 2013-02-12 사이에 주거동 1동의 상태가 온전함에서 심각한 손상으로 바뀌었다(높은 가능성).");
    checkStatement(
        event(
            ChangeKind.CONDITION_CHANGED,
            StructureClass.GUARD_POST,
            null,
            StructureCondition.INTACT,
            StructureCondition.UNDER_CONSTRUCTION,
            JUNE,
            EstimativeConfidence.UNLIKELY),
        "Between 2011-06-19 and 2013-02-12 a guard post was completed (unlikely).",
        "2011-06-19와 2013-02-12 사이에 경비초소 1개소가 완공되었다(낮은 가능성).");
    checkStatement(
        event(
            ChangeKind.CONDITION_CHANGED,
            StructureClass.LIGHT_INDUSTRY,
            null,
            StructureCondition.DESTROYED,
            StructureCondition.MINOR_DAMAGE,
            JUNE,
            EstimativeConfidence.VERY_LIKELY),
        "Between 2011-06-19 and 2013-02-12 a light-industry building was destroyed (very likely).",
        "2011-06-19와 2013-02-12 사이에 경공업 건물 1동이 파괴되었다(매우 높은 가능성).");
  }

  @Test
  void scenesOfOneDayAreSaidOnThatDay() {
    checkStatement(
        event(
            ChangeKind.APPEARED,
            StructureClass.OTHER,
            null,
            StructureCondition.INTACT,
            null,
            FEBRUARY,
            EstimativeConfidence.LIKELY),
        "On 2013-02-12 an other structure appeared (likely).",
        "2013-02-12에 기타 구조물 1개가 새로 나타났다(높은 가능성).");
  }

  @Test
  void countsAreComparedWithRoundedPercentages() {
    // 43 to 51 is +18.6%: said 19% (published analyses of Camp 16 truncated it to 18%).
    assertThat(
            ChangeStatements.countChange(StructureClass.PRISONER_HOUSING, JUNE, FEBRUARY, 43, 51))
        .isEqualTo(
            new Statement(
                "Between 2011-06-19 and 2013-02-12 the number of housing units increased 19%, from"
                    + " 43 to 51.",
                "2011-06-19와 2013-02-12 사이에 주거동 수가 43동에서 51동으로 19% 늘었다."));
    assertThat(ChangeStatements.countChange(StructureClass.GUARD_POST, JUNE, FEBRUARY, 43, 20))
        .isEqualTo(
            new Statement(
                "Between 2011-06-19 and 2013-02-12 the number of guard posts decreased 53%, from 43"
                    + " to 20.",
                "2011-06-19와 2013-02-12 사이에 경비초소 수가 43개소에서 20개소로 53% 줄었다."));
    assertThat(ChangeStatements.countChange(StructureClass.PERIMETER, JUNE, FEBRUARY, 0, 3))
        .isEqualTo(
            new Statement(
                "Between 2011-06-19 and 2013-02-12 the number of perimeter segments increased from 0"
                    + " to 3.",
                "2011-06-19와 2013-02-12 사이에 외곽 담장·울타리 수가 0구간에서 3구간으로 늘었다."));
    assertThat(ChangeStatements.countChange(StructureClass.PRISONER_HOUSING, JUNE, FEBRUARY, 1, 1))
        .isEqualTo(
            new Statement(
                "Between 2011-06-19 and 2013-02-12 the number of housing units stayed at 1.",
                "2011-06-19와 2013-02-12 사이에 주거동 수는 1동으로 변함이 없었다."));
  }

  @Test
  void thePerimeterLengthIsComparedInMetresWithThousandsSeparators() {
    assertThat(ChangeStatements.perimeterChange(JUNE, FEBRUARY, 2400.2, 4130.4))
        .isEqualTo(
            new Statement(
                "Between 2011-06-19 and 2013-02-12 the perimeter grew 72%, from 2,400 m to 4,130 m.",
                "2011-06-19와 2013-02-12 사이에 외곽 담장·울타리 길이가 2,400m에서 4,130m로 72% 늘었다."));
    assertThat(ChangeStatements.perimeterChange(JUNE, FEBRUARY, 4130, 4131).en())
        .isEqualTo(
            "Between 2011-06-19 and 2013-02-12 the perimeter grew less than 1%, from 4,130 m to"
                + " 4,131 m.");
    assertThat(ChangeStatements.perimeterChange(JUNE, FEBRUARY, 4130.2, 4129.9).ko())
        .isEqualTo("2011-06-19와 2013-02-12 사이에 외곽 담장·울타리 길이는 4,130m로 변함이 없었다.");
  }

  @Test
  void percentagesAreRoundedHalfUpInMagnitude() {
    assertThat(ChangeStatements.changePct(8, 9)).isEqualTo(13); // 12.5
    assertThat(ChangeStatements.changePct(8, 7)).isEqualTo(-13);
    assertThat(ChangeStatements.changePct(43, 51)).isEqualTo(19);
    assertThat(ChangeStatements.changePct(0, 5)).isNull();
  }
}
