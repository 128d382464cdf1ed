package org.sightline.geodata.structure;

import java.time.LocalDate;
import java.util.Locale;
import org.locationtech.jts.geom.Lineal;

/**
 * The English and Korean statements of change, worded as published camp analyses word theirs:
 * "Between 2011-06-19 and 2013-02-12 a housing unit appeared (likely).", "Between 2011-06-19 and
 * 2013-02-12 the number of housing units increased 19%, from 43 to 51." Korean in the plain written
 * style of reports: "2011-06-19와 2013-02-12 사이에 주거동 1동이 새로 나타났다(높은 가능성)."
 *
 * <p>Numbers: whole metres and square metres with thousands separators ("2,400 m", "2,400m", "1,250
 * m²", "1,250㎡"); percentages of the unrounded values rounded half up to whole percent (43 to 51 is
 * 18.6%, said 19%). Stateless and thread-safe.
 */
public final class ChangeStatements {
  private ChangeStatements() {}

  /** The statement of one event (the event's own statement is not read). */
  public static Statement of(ChangeEvent event) {
    return new Statement(english(event), korean(event));
  }

  /** {@code event} with its statement made by {@link #of}. */
  static ChangeEvent withStatement(ChangeEvent e) {
    return new ChangeEvent(
        e.key(),
        e.identityId(),
        e.kind(),
        e.structureClass(),
        e.previousClass(),
        e.condition(),
        e.previousCondition(),
        e.earliest(),
        e.latest(),
        e.earliestObservationId(),
        e.earliestSceneId(),
        e.latestObservationId(),
        e.latestSceneId(),
        e.previousSize(),
        e.size(),
        e.movedM(),
        e.geometry(),
        e.confidence(),
        of(e));
  }

  /**
   * The change of the number of structures of one class between two scene dates: "Between
   * 2011-06-19 and 2013-02-12 the number of housing units increased 19%, from 43 to 51."
   */
  public static Statement countChange(
      StructureClass structureClass, LocalDate from, LocalDate to, int fromCount, int toCount) {
    String plural = structureClass.nounEn(2);
    String counter = counterKo(structureClass);
    String subjectKo = structureClass.nounKo() + " 수";
    Integer pct = changePct(fromCount, toCount);
    String en;
    String ko;
    if (fromCount == toCount) {
      en = "the number of " + plural + " stayed at " + fromCount;
      ko =
          KoreanParticles.topic(subjectKo)
              + " "
              + KoreanParticles.towards(fromCount + counter)
              + " 변함이 없었다";
    } else {
      String verbEn = toCount > fromCount ? "increased" : "decreased";
      String verbKo = toCount > fromCount ? "늘었다" : "줄었다";
      en =
          "the number of "
              + plural
              + " "
              + verbEn
              + (pct == null ? "" : " " + Math.abs(pct) + "%,")
              + " from "
              + fromCount
              + " to "
              + toCount;
      ko =
          KoreanParticles.subject(subjectKo)
              + " "
              + fromCount
              + counter
              + "에서 "
              + KoreanParticles.towards(toCount + counter)
              + (pct == null ? "" : " " + Math.abs(pct) + "%")
              + " "
              + verbKo;
    }
    return new Statement(whenEn(from, to) + en + ".", whenKo(from, to) + ko + ".");
  }

  /**
   * The change of a facility's perimeter length between two scene dates: "Between 2003-05-01 and
   * 2010-09-20 the perimeter grew 72%, from 2,400 m to 4,130 m."
   */
  public static Statement perimeterChange(
      LocalDate from, LocalDate to, double fromLengthM, double toLengthM) {
    String subjectKo = StructureClass.PERIMETER.nounKo() + " 길이";
    return new Statement(
        whenEn(from, to) + sizeEn("the perimeter", fromLengthM, toLengthM, " m") + ".",
        whenKo(from, to) + sizeKo(subjectKo, fromLengthM, toLengthM, "m") + ".");
  }

  /**
   * The relative change from {@code from} to {@code to} in whole percent, rounded half up in
   * magnitude, or null when {@code from} is 0.
   */
  public static Integer changePct(double from, double to) {
    if (from == 0) {
      return null;
    }
    long magnitude = Math.round(100 * Math.abs(to - from) / Math.abs(from));
    return (int) (to < from ? -magnitude : magnitude);
  }

  private static String english(ChangeEvent event) {
    StructureClass structureClass = event.structureClass();
    String one = article(structureClass.nounEn(1)) + " " + structureClass.nounEn(1);
    boolean line = event.geometry() instanceof Lineal;
    String what =
        switch (event.kind()) {
          case APPEARED -> one + " appeared";
          case DISAPPEARED -> one + " disappeared";
          case CLASS_CHANGED ->
              "a structure changed from "
                  + event.previousClass().labelEn()
                  + " to "
                  + structureClass.labelEn();
          case CONDITION_CHANGED -> conditionEn(one, event);
          case EXPANDED, REDUCED ->
              line
                  ? sizeEn("the perimeter", event.previousSize(), event.size(), " m")
                  : sizeEn(
                      structureClass == StructureClass.PERIMETER
                          ? "the area within the perimeter"
                          : one,
                      event.previousSize(),
                      event.size(),
                      " m²");
          case MOVED -> "the perimeter moved " + whole(event.movedM()) + " m";
        };
    return whenEn(event.earliest(), event.latest())
        + what
        + " ("
        + event.confidence().labelEn()
        + ").";
  }

  private static String korean(ChangeEvent event) {
    StructureClass structureClass = event.structureClass();
    String one = structureClass.nounKo() + " 1" + counterKo(structureClass);
    boolean line = event.geometry() instanceof Lineal;
    String what =
        switch (event.kind()) {
          case APPEARED -> KoreanParticles.subject(one) + " 새로 나타났다";
          case DISAPPEARED -> KoreanParticles.subject(one) + " 사라졌다";
          case CLASS_CHANGED ->
              "구조물 1개의 용도가 "
                  + event.previousClass().labelKo()
                  + "에서 "
                  + KoreanParticles.towards(structureClass.labelKo())
                  + " 바뀌었다";
          case CONDITION_CHANGED -> conditionKo(one, event);
          case EXPANDED, REDUCED ->
              line
                  ? sizeKo(
                      StructureClass.PERIMETER.nounKo() + " 길이",
                      event.previousSize(),
                      event.size(),
                      "m")
                  : sizeKo(
                      structureClass == StructureClass.PERIMETER
                          ? StructureClass.PERIMETER.nounKo() + " 안쪽 면적"
                          : one + "의 면적",
                      event.previousSize(),
                      event.size(),
                      "㎡");
          case MOVED ->
              KoreanParticles.subject(StructureClass.PERIMETER.nounKo())
                  + " "
                  + whole(event.movedM())
                  + "m 이동했다";
        };
    return whenKo(event.earliest(), event.latest())
        + what
        + "("
        + event.confidence().labelKo()
        + ").";
  }

  private static String conditionEn(String one, ChangeEvent event) {
    StructureCondition now = event.condition();
    StructureCondition was = event.previousCondition();
    if (now == StructureCondition.RAZED) {
      return one + " was razed";
    }
    if (now == StructureCondition.DESTROYED) {
      return one + " was destroyed";
    }
    if (was == StructureCondition.UNDER_CONSTRUCTION && now == StructureCondition.INTACT) {
      return one + " was completed";
    }
    return "the condition of " + one + " changed from " + was.labelEn() + " to " + now.labelEn();
  }

  private static String conditionKo(String one, ChangeEvent event) {
    StructureCondition now = event.condition();
    StructureCondition was = event.previousCondition();
    if (now == StructureCondition.RAZED) {
      return KoreanParticles.subject(one) + " 철거되었다";
    }
    if (now == StructureCondition.DESTROYED) {
      return KoreanParticles.subject(one) + " 파괴되었다";
    }
    if (was == StructureCondition.UNDER_CONSTRUCTION && now == StructureCondition.INTACT) {
      return KoreanParticles.subject(one) + " 완공되었다";
    }
    return one
        + "의 상태가 "
        + was.labelKo()
        + "에서 "
        + KoreanParticles.towards(now.labelKo())
        + " 바뀌었다";
  }

  /** "the perimeter grew 72%, from 2,400 m to 4,130 m", "... stayed at 2,400 m". */
  private static String sizeEn(String subject, double from, double to, String unit) {
    if (whole(from).equals(whole(to))) {
      return subject + " stayed at " + whole(from) + unit;
    }
    String verb = to > from ? "grew" : "shrank";
    Integer pct = changePct(from, to);
    String amount = pct == null ? "" : pct == 0 ? " less than 1%," : " " + Math.abs(pct) + "%,";
    return subject
        + " "
        + verb
        + amount
        + " from "
        + whole(from)
        + unit
        + " to "
        + whole(to)
        + unit;
  }

  /** "외곽 담장·울타리 길이가 2,400m에서 4,130m로 72% 늘었다". */
  private static String sizeKo(String subject, double from, double to, String unit) {
    if (whole(from).equals(whole(to))) {
      return KoreanParticles.topic(subject) + " " + whole(from) + unit + "로 변함이 없었다";
    }
    String verb = to > from ? "늘었다" : "줄었다";
    Integer pct = changePct(from, to);
    String amount = pct == null ? "" : pct == 0 ? " 1% 미만" : " " + Math.abs(pct) + "%";
    return KoreanParticles.subject(subject)
        + " "
        + whole(from)
        + unit
        + "에서 "
        + whole(to)
        + unit
        + "로"
        + amount
        + " "
        + verb;
  }

  private static String whenEn(LocalDate from, LocalDate to) {
    return from.equals(to) ? "On " + from + " " : "Between " + from + " and " + to + " ";
  }

  private static String whenKo(LocalDate from, LocalDate to) {
    return from.equals(to)
        ? from + "에 "
        : KoreanParticles.and(from.toString()) + " " + to + " 사이에 ";
  }

  private static String article(String noun) {
    return "aeio".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  /** A whole number with thousands separators: 4130.4 -> "4,130". */
  private static String whole(double value) {
    return String.format(Locale.ENGLISH, "%,d", Math.round(value));
  }

  /** The Korean counter of one structure of a class: 동 for buildings, 개소 for posts, ... */
  private static String counterKo(StructureClass structureClass) {
    return switch (structureClass) {
      case PERIMETER -> "구간";
      case GUARD_POST, MINING -> "개소";
      case AGRICULTURE -> "필지";
      case OTHER -> "개";
      case ADMINISTRATION, PRISONER_HOUSING, LIGHT_INDUSTRY, AGRICULTURAL_SUPPORT -> "동";
    };
  }
}
