package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** What the witness agreed to for public use of the testimony. */
public enum Consent implements Coded {
  NONE("none", "no public use", "공개 사용 불가"),
  ANONYMISED("anonymised", "anonymised public use", "익명 공개 사용"),
  ATTRIBUTABLE("attributable", "attributable public use", "실명 공개 사용");

  private final CodeLabels labels;

  Consent(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static Consent fromCode(String code) {
    return Coded.fromCode(Consent.class, "consent", code);
  }
}
