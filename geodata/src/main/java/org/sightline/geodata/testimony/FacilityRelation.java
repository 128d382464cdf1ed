package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** A witness's relation to a facility: open, coarse attributes that do not identify. */
public enum FacilityRelation implements Coded {
  FORMER_PRISONER("former-prisoner", "former prisoner", "전 수감자"),
  GUARD("guard", "guard or official", "경비원 또는 관리"),
  RELATIVE("relative", "relative of a prisoner", "수감자 가족"),
  RESIDENT("resident", "resident nearby", "인근 주민"),
  OTHER("other", "other", "기타");

  private final CodeLabels labels;

  FacilityRelation(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static FacilityRelation fromCode(String code) {
    return Coded.fromCode(FacilityRelation.class, "relation", code);
  }
}
