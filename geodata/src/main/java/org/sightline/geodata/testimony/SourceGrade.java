package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * The reliability of a source, graded apart from what it says: the Admiralty (NATO AJP-2.1) scale
 * A-F.
 */
public enum SourceGrade implements Coded {
  A("A", "completely reliable", "완전히 신뢰할 수 있음"),
  B("B", "usually reliable", "대체로 신뢰할 수 있음"),
  C("C", "fairly reliable", "어느 정도 신뢰할 수 있음"),
  D("D", "not usually reliable", "대체로 신뢰할 수 없음"),
  E("E", "unreliable", "신뢰할 수 없음"),
  F("F", "reliability cannot be judged", "신뢰성을 판단할 수 없음");

  private final CodeLabels labels;

  SourceGrade(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static SourceGrade fromCode(String code) {
    return Coded.fromCode(SourceGrade.class, "sourceGrade", code);
  }
}
