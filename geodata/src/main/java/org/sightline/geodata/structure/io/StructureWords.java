package org.sightline.geodata.structure.io;

import static java.util.Map.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.UnassessableReason;

/**
 * The words analysts use for structure classes, conditions and the reasons an area could not be
 * assessed, in English and Korean: the table of {@code docs/IMPORT-STRUCTURES.md} (a test keeps the
 * two in step). Every value's code and labels are words for it too. Stateless.
 */
final class StructureWords {
  static final Vocabulary<StructureClass> CLASSES =
      new Vocabulary<>(
          StructureClass.class,
          Map.ofEntries(
              entry(
                  StructureClass.PERIMETER,
                  List.of(
                      "fence",
                      "wall",
                      "perimeter fence",
                      "perimeter wall",
                      "outer wall",
                      "outer fence",
                      "fence line",
                      "barbed wire",
                      "electric fence",
                      "울타리",
                      "담장",
                      "담",
                      "외곽",
                      "외곽 담장",
                      "외곽 울타리",
                      "철조망",
                      "전기 철조망")),
              entry(
                  StructureClass.GUARD_POST,
                  List.of(
                      "guard post",
                      "watchtower",
                      "guard tower",
                      "watch tower",
                      "tower",
                      "gate",
                      "main gate",
                      "checkpoint",
                      "sentry post",
                      "guardhouse",
                      "경비초소",
                      "감시초소",
                      "초소",
                      "정문",
                      "출입문",
                      "망루",
                      "감시탑",
                      "검문소")),
              entry(
                  StructureClass.ADMINISTRATION,
                  List.of(
                      "admin",
                      "headquarters",
                      "HQ",
                      "office",
                      "administrative building",
                      "admin building",
                      "행정",
                      "행정 건물",
                      "행정 시설",
                      "본부",
                      "사무실",
                      "청사")),
              entry(
                  StructureClass.PRISONER_HOUSING,
                  List.of(
                      "housing",
                      "barracks",
                      "barrack",
                      "dormitory",
                      "dorm",
                      "prisoner housing",
                      "prisoner barracks",
                      "housing block",
                      "cell block",
                      "주거",
                      "막사",
                      "숙소",
                      "수용동",
                      "감방",
                      "합숙소")),
              entry(
                  StructureClass.LIGHT_INDUSTRY,
                  List.of(
                      "factory",
                      "workshop",
                      "light industry",
                      "industry",
                      "industrial",
                      "mill",
                      "공장",
                      "작업장",
                      "경공업")),
              entry(
                  StructureClass.MINING,
                  List.of(
                      "mine",
                      "shaft",
                      "adit",
                      "mine shaft",
                      "mine entrance",
                      "spoil",
                      "spoil heap",
                      "tailings",
                      "quarry",
                      "광산",
                      "갱도",
                      "갱구",
                      "폐석",
                      "채석장")),
              entry(
                  StructureClass.AGRICULTURE,
                  List.of(
                      "field",
                      "farm",
                      "orchard",
                      "crop",
                      "cropland",
                      "farmland",
                      "agricultural",
                      "plot",
                      "농장",
                      "밭",
                      "논",
                      "과수원",
                      "농지")),
              entry(
                  StructureClass.AGRICULTURAL_SUPPORT,
                  List.of(
                      "greenhouse",
                      "barn",
                      "livestock",
                      "livestock shed",
                      "storage",
                      "silo",
                      "warehouse",
                      "shed",
                      "stable",
                      "piggery",
                      "축사",
                      "창고",
                      "온실",
                      "외양간",
                      "돈사")),
              entry(
                  StructureClass.OTHER,
                  List.of("unknown", "unidentified", "misc", "miscellaneous", "미상"))));

  static final Vocabulary<StructureCondition> CONDITIONS =
      new Vocabulary<>(
          StructureCondition.class,
          Map.ofEntries(
              entry(
                  StructureCondition.INTACT,
                  List.of(
                      "ok",
                      "standing",
                      "undamaged",
                      "no damage",
                      "none",
                      "good",
                      "온전",
                      "정상",
                      "양호",
                      "손상 없음")),
              entry(
                  StructureCondition.UNDER_CONSTRUCTION,
                  List.of("construction", "being built", "new construction", "건설", "공사 중", "신축")),
              entry(
                  StructureCondition.MINOR_DAMAGE,
                  List.of(
                      "minor",
                      "minor damage",
                      "slight damage",
                      "light damage",
                      "slightly damaged",
                      "경미",
                      "경미한 손상",
                      "경미 손상")),
              entry(
                  StructureCondition.MAJOR_DAMAGE,
                  List.of(
                      "major",
                      "major damage",
                      "severe damage",
                      "heavy damage",
                      "heavily damaged",
                      "severely damaged",
                      "심각",
                      "심각한 손상",
                      "중대 손상",
                      "반파")),
              entry(
                  StructureCondition.DESTROYED,
                  List.of(
                      "collapsed", "burned", "burnt", "ruined", "ruins", "파괴", "붕괴", "전파", "소실")),
              entry(
                  StructureCondition.RAZED,
                  List.of("demolished", "torn down", "cleared", "removed", "dismantled", "철거"))));

  static final Vocabulary<UnassessableReason> REASONS =
      new Vocabulary<>(
          UnassessableReason.class,
          Map.ofEntries(
              entry(UnassessableReason.CLOUD, List.of("clouds", "cloudy", "cloud cover", "구름")),
              entry(UnassessableReason.SHADOW, List.of("shade", "terrain shadow", "그림자", "음영")),
              entry(
                  UnassessableReason.HAZE,
                  List.of("hazy", "smoke", "fog", "mist", "연무", "안개", "연기")),
              entry(
                  UnassessableReason.OUTSIDE_FOOTPRINT,
                  List.of(
                      "outside footprint",
                      "outside scene",
                      "outside image",
                      "no coverage",
                      "not covered",
                      "범위 밖")),
              entry(
                  UnassessableReason.RESOLUTION,
                  List.of(
                      "low resolution",
                      "coarse resolution",
                      "too coarse",
                      "blurry",
                      "해상도",
                      "저해상도"))));

  /**
   * Words that say "damaged" without saying how badly: refused, asking for minor or major damage (a
   * guess would put a degree of damage into evidence that the analyst did not state).
   */
  static final Set<String> DAMAGED =
      keys("damaged", "damage", "partially damaged", "partly damaged", "손상", "손상됨", "피해");

  /** Class words that mark an area as not assessable without saying why. */
  static final Set<String> NOT_ASSESSABLE =
      keys(
          "unassessable",
          "not assessable",
          "unassessed",
          "not assessed",
          "obscured",
          "no data",
          "not visible",
          "평가 불가",
          "판독 불가");

  private static final Set<String> YES = keys("yes", "true", "y", "1", "x", "예", "네");
  private static final Set<String> NO = keys("no", "false", "n", "0", "아니오", "아니요");

  private StructureWords() {}

  static boolean isDamagedWithoutDegree(String text) {
    return DAMAGED.contains(Vocabulary.key(text));
  }

  static boolean isNotAssessable(String text) {
    return NOT_ASSESSABLE.contains(Vocabulary.key(text));
  }

  /**
   * {@code yes}, {@code true}, {@code 1}... as true; {@code no}, {@code false}, {@code 0}... as
   * false.
   */
  static Optional<Boolean> yesNo(String text) {
    String key = Vocabulary.key(text);
    if (YES.contains(key)) {
      return Optional.of(true);
    }
    if (NO.contains(key)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private static Set<String> keys(String... words) {
    return Arrays.stream(words).map(Vocabulary::key).collect(Collectors.toUnmodifiableSet());
  }
}
