package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** The restriction the originating organisation set on a witness, testimony, claim or document. */
public enum Sharing implements Coded {
  STAFF_ONLY("staff-only", "repository staff only", "저장소 직원만"),
  CORROBORATION_ONLY(
      "corroboration-only", "counts towards corroboration, not shown", "교차검증에만 사용, 비공개"),
  SHAREABLE("shareable", "shareable", "공유 가능");

  private final CodeLabels labels;

  Sharing(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static Sharing fromCode(String code) {
    return Coded.fromCode(Sharing.class, "sharing", code);
  }
}
