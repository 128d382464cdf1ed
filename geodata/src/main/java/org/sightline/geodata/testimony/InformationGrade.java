package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * The credibility of one piece of information, graded apart from its source: the Admiralty (NATO
 * AJP-2.1) scale 1-6, as OpenEvSys grades it.
 */
public enum InformationGrade implements Coded {
  CONFIRMED("1", "confirmed by other sources", "다른 출처로 확인됨"),
  PROBABLY_TRUE("2", "probably true", "사실일 가능성이 높음"),
  POSSIBLY_TRUE("3", "possibly true", "사실일 수 있음"),
  DOUBTFUL("4", "doubtful", "의심스러움"),
  IMPROBABLE("5", "improbable", "사실일 가능성이 낮음"),
  CANNOT_BE_JUDGED("6", "truth cannot be judged", "진위를 판단할 수 없음");

  private final CodeLabels labels;

  InformationGrade(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static InformationGrade fromCode(String code) {
    return Coded.fromCode(InformationGrade.class, "informationGrade", code);
  }
}
